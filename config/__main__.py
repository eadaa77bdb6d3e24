"""`python -m config`: the settings table of the README (regenerate after adding a setting)."""

from config import describe

for _name, env, default, help_text in describe():
    shown = "(bundled registry)" if env == "DIEMTIN_OUTLETS_FILE" else repr(default)
    print(f"| `{env}` | `{shown}` | {help_text} |")
