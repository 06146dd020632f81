"""`python -m audit` runs the same CLI as the `wire-audit` script."""

from audit.cli import main

if __name__ == "__main__":
    main()
