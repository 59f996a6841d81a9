import Stacks
import StackGenCLI

StackGenCLI.main(app: repositoryApp)
