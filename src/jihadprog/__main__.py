from jihadprog.cli import main

main()
