"""jihadprog: het Actieprogramma Integrale Aanpak Jihadisme als corpus en gereedschap."""

__version__ = "0.1.0"
