"""One router per feature; each module's ``build_router()`` makes a fresh one."""
