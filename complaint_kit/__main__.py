from complaint_kit.cli.app import main

main()
