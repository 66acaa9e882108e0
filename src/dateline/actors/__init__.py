"""Actors: who a name stands for (country, sector, role) and which mentions name the same one."""
