"""Hotel CRM application core: settings, models, services, the ASGI app and the CLI."""
