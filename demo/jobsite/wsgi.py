"""What gunicorn serves: ``gunicorn demo.jobsite.wsgi``."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "demo.jobsite.settings")
application = get_wsgi_application()
