"""`jihadprog site`: the corpus as a static website that works from disk and on GitHub Pages.

``pages`` turns the corpus into page data; ``build`` renders it with the Jinja templates under
``templates/site/`` and writes the whole site atomically. No page loads anything from outside
the site, and every link is relative, so the folder can be opened as ``file://`` or served as is.
"""
