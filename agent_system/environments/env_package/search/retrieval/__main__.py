"""`python -m agent_system.environments.env_package.search.retrieval {build-index,serve} ...`"""
import sys

from .cli import main

sys.exit(main())
