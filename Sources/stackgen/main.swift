import DashboardStacks
import StackGenCLI

StackGenCLI.main(app: repositoryApp)
