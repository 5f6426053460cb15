"""The bundled demo account: a fictional person's X archive (see PERSONA.md)."""
