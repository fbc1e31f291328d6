"""The packaged fonts and their cached static instances."""

from __future__ import annotations

import re

from tearsheet import fonts


def test_every_face_is_a_static_file_from_the_packages_or_the_cache():
    faces = fonts.font_faces()
    families = {face.family for face in faces}
    assert families == {
        "Newsreader",
        "Newsreader Display",
        "Libre Franklin",
        "IBM Plex Mono",
        "Amiri",
        "Noto Serif",
        "Noto Sans",
        "Noto Sans Arabic",
        "Frank Ruhl Libre",
        "Heebo",
    }
    for face in faces:
        assert face.path.is_file()
        assert "[" not in face.path.name, f"{face.path} is a variable font"


def test_font_face_css_names_family_style_and_weight():
    css = fonts.font_face_css()
    assert len(re.findall("@font-face", css)) == len(fonts.font_faces())
    assert re.search(
        r'font-family: "Newsreader Display"; src: url\("file://[^"]+\.ttf"\); '
        r"font-style: normal; font-weight: 600;",
        css,
    )


def test_cache_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert fonts.cache_folder() == tmp_path / "tearsheet" / "fonts"


def test_cached_instance_is_reused_not_cut_again(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    instance = fonts.INSTANCES[0]
    target = fonts._instance_path(instance)
    target.parent.mkdir(parents=True)
    target.write_bytes(b"cached")
    assert fonts.cut_instance(instance) == target
    assert target.read_bytes() == b"cached"
