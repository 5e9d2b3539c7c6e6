"""One module per `factdesk` subcommand: `register(subparsers)` and `run(args)`."""
