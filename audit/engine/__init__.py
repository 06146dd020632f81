"""The one pipeline under every command: (inputs, settings, knowledge) → RunResult.

decode → document views → checks → de-duplication → suppressions/baseline → scoring.
`check`, `compare`, `baseline` and the git hook are thin drivers over `Engine`.
"""
