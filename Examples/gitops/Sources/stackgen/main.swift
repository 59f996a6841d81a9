import StackGenCLI
import Stacks

StackGenCLI.main(app: app)
