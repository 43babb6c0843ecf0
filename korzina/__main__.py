from korzina.cli import main

main()
