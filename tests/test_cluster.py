"""Building on a real Dask LocalCluster on 127.0.0.1: the same bytes as a local build."""

from __future__ import annotations

import re
import zipfile

import pytest
from PIL import Image
from pypdf import PdfReader

from tearsheet.build import BuildOptions
from tearsheet.cli import main
from tearsheet.cluster import connect, deliver, pack, render_on_cluster
from tearsheet.guard import Limits
from tearsheet.refs import RefTarget, index_articles, resolve_refs
from tearsheet.source import display_path, parse_article
from tearsheet.staleness import article_dependencies
from tearsheet.theme import Theme

from conftest import IN_CI, build, write_article

FORMATS = ("html", "pdf", "epub")


@pytest.fixture(scope="module")
def cluster():
    try:
        from distributed import LocalCluster
    except ImportError:
        if IN_CI:
            pytest.fail("distributed is not installed (pip install -e '.[test]')")
        pytest.skip("distributed is not installed")
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
        processes=True,
    ) as local:
        yield local.scheduler_address


def _articles(folder):
    write_article(
        folder,
        "2022-03-04-council.md",
        "title: Council\ndek: A vote\nbyline: [Ada Obi]\ndateline: OSLO",
        "## Vote\n\nIt passed.[^1]\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: Narrowly.\n",
    )
    write_article(folder, "2022-03-05-kurz.md", "title: Kurz\nlang: de", "Ein Satz.\n")
    write_article(
        folder, "2022-03-06-missing.md", "title: Missing", "![Gone](nowhere.png)\n\nText.\n"
    )
    return [parse_article(path)[0] for path in sorted(folder.glob("*.md"))]


def test_a_cluster_build_is_byte_identical_to_a_local_one(
    tmp_path, cluster, monkeypatch, capsys, weasyprint_warnings
):
    weasyprint_warnings.expect(r"Failed to load image at .*nowhere\.png")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    content = tmp_path / "content"
    _articles(content)
    local, remote = tmp_path / "local", tmp_path / "remote"
    assert build([content], local, "--kobo") == 0
    expected = capsys.readouterr()
    assert build([content], remote, "--kobo", "--dask", cluster) == 0
    got = capsys.readouterr()
    assert sorted(got.err.splitlines()) == sorted(expected.err.splitlines())
    assert "nowhere.png: no such file" in got.err, "the refused image names the user's file"
    assert len(got.out.splitlines()) == len(expected.out.splitlines()) >= 12

    def files(folder):
        return sorted(
            str(path.relative_to(folder))
            for path in folder.rglob("*")
            # the build's own records (dot-files, dot-folders) are not outputs
            if path.is_file() and not any(p.startswith(".") for p in path.relative_to(folder).parts)
        )

    names = files(local)
    assert names == files(remote)
    assert len([name for name in names if name.startswith("2022-")]) == 12
    for name in names:
        assert (remote / name).read_bytes() == (local / name).read_bytes(), name
    # The same incremental skipping: nothing is sent again.
    assert build([content], remote, "--kobo", "--dask", cluster) == 0
    assert capsys.readouterr().out == ""


def test_the_cluster_api_packs_only_what_the_article_may_read(tmp_path, cluster):
    content = tmp_path / "content"
    (content / "img").mkdir(parents=True)
    Image.new("RGB", (40, 20), (0, 90, 200)).save(content / "img" / "chart.png")
    (content / "secret.txt").write_text("not shipped")
    write_article(content, "2022-03-07-chart.md", "title: Chart", "![A chart](img/chart.png)\n")
    articles = _articles(content)
    options = BuildOptions(out=tmp_path / "out", theme=Theme.load())
    parcels = [pack(a, options, FORMATS, article_dependencies(a)) for a in articles]
    assert [sorted(p.files) for p in parcels] == [
        ["2022-03-04-council.md"], ["2022-03-05-kurz.md"], ["2022-03-06-missing.md"],
        ["2022-03-07-chart.md", "img/chart.png"],
    ]  # fmt: skip
    assert all(p.theme_files is None for p in parcels), "the built-in theme is not shipped"
    client = connect(cluster)
    try:
        done = dict(render_on_cluster(client, parcels, costs=[len(a.body) for a in articles]))
    finally:
        client.close()
    written, notices, error = deliver(
        done[0], articles[0], tmp_path / "out", display_path(articles[0].path)
    )
    assert error is None and notices == []
    assert sorted(p.name for p in written) == [f"2022-03-04-council.{f}" for f in sorted(FORMATS)]
    written, notices, error = deliver(
        done[3], articles[3], tmp_path / "out", display_path(articles[3].path)
    )
    assert error is None and notices == []
    assert b"<img" in (tmp_path / "out" / "2022-03-07-chart.html").read_bytes()
    book = zipfile.ZipFile(tmp_path / "out" / "2022-03-07-chart.epub")
    assert book.read("EPUB/images/001.png") == (content / "img" / "chart.png").read_bytes()


def test_an_article_over_its_limit_on_the_cluster_gets_one_line(tmp_path, cluster):
    path = write_article(tmp_path / "content", "2022-03-04-slow.md", "title: Slow")
    article = parse_article(path)[0]
    options = BuildOptions(out=tmp_path, theme=Theme.load(), limits=Limits(seconds=0.01))
    client = connect(cluster)
    try:
        ((_, delivery),) = render_on_cluster(client, [pack(article, options, FORMATS, [path])])
    finally:
        client.close()
    written, _, error = deliver(delivery, article, tmp_path / "out", display_path(path))
    assert written == []
    assert str(error).endswith("2022-03-04-slow.md: rendering took longer than 0.01 s; skipped")


def test_the_build_table_names_a_scheduler_or_fails_in_one_line(tmp_path):
    from tearsheet.cluster import dask_setting
    from tearsheet.errors import ContentError

    config = tmp_path / "tearsheet.toml"
    assert dask_setting(None, config) is None
    assert dask_setting({}, config) is None
    assert dask_setting({"dask": "tcp://10.0.0.5:8786"}, config) == "tcp://10.0.0.5:8786"
    for table, message in (
        ({"dask": "10.0.0.5"}, "[build] 'dask': expected a scheduler address like tcp://host:8786"),
        ({"dask": 8786}, "[build] 'dask': expected a scheduler address"),
        ({"workers": 3}, "[build]: unknown setting 'workers'"),
        ("tcp://x:1", "'build': expected a table [build]"),
    ):
        with pytest.raises(ContentError, match=re.escape(message)):
            dask_setting(table, config)


def test_tearsheet_toml_names_the_cluster_and_an_unreachable_one_is_one_line(
    tmp_path, capsys, monkeypatch
):
    pytest.importorskip("distributed")
    write_article(tmp_path / "content", "2022-03-04-a.md", "title: A")
    (tmp_path / "tearsheet.toml").write_text('[build]\ndask = "tcp://127.0.0.1:9"\n')
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--formats", "html"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1
    assert err[0].startswith("tearsheet: cannot reach the Dask scheduler at tcp://127.0.0.1:9")


def test_a_static_folder_image_travels_to_the_worker(tmp_path, cluster):
    site = tmp_path / "site"
    static = (site / "static", site / "assets")
    (static[1] / "img").mkdir(parents=True)
    Image.new("RGB", (40, 20), (0, 90, 200)).save(static[1] / "img" / "chart.png")
    (static[1] / "secret.txt").write_text("not shipped")
    path = write_article(
        site / "content" / "news",
        "2022-03-07-chart.md",
        "title: Chart",
        "![A chart](/img/chart.png)\n",
    )
    article, notices = parse_article(path, static)
    assert notices == []
    options = BuildOptions(out=tmp_path / "out", theme=Theme.load(), static=static)
    parcel = pack(article, options, FORMATS, article_dependencies(article))
    assert sorted(parcel.files) == ["2022-03-07-chart.md"]
    assert [sorted(files) for files in parcel.static_files] == [[], ["img/chart.png"]]
    client = connect(cluster)
    try:
        ((_, delivery),) = render_on_cluster(client, [parcel])
    finally:
        client.close()
    written, notices, error = deliver(delivery, article, tmp_path / "out", display_path(path))
    assert sorted(p.name for p in written) == [f"2022-03-07-chart.{f}" for f in sorted(FORMATS)]
    assert error is None and notices == []
    assert b'src="data:image/png' in (tmp_path / "out" / "2022-03-07-chart.html").read_bytes()
    (image,) = PdfReader(tmp_path / "out" / "2022-03-07-chart.pdf").pages[0].images
    assert image.image.size == (40, 20)
    book = zipfile.ZipFile(tmp_path / "out" / "2022-03-07-chart.epub")
    assert book.read("EPUB/images/001.png") == (static[1] / "img" / "chart.png").read_bytes()


def test_refs_resolved_on_the_client_reach_the_worker(tmp_path, cluster):
    content = tmp_path / "content"
    write_article(content, "target.md", "title: Target\ndate: 2022-03-01", "## Part\n\nText.\n")
    path = write_article(
        content, "2022-03-02-ref.md", "title: Ref", 'See [it]({{< ref "target#part" >}}).\n'
    )
    target = parse_article(content / "target.md")[0]
    article = parse_article(path)[0]
    targets = resolve_refs(article, index_articles([target, article]))
    assert targets == {"target#part": RefTarget(str(content / "target.md"), "target")}
    options = BuildOptions(out=tmp_path / "out", theme=Theme.load())
    parcel = pack(article, options, ("html",), [path], targets)
    client = connect(cluster)
    try:
        ((_, delivery),) = render_on_cluster(client, [parcel])
    finally:
        client.close()
    _, notices, error = deliver(delivery, article, tmp_path / "out", display_path(path))
    assert error is None and notices == []
    page = (tmp_path / "out" / "2022-03-02-ref.html").read_text(encoding="utf-8")
    assert '<a href="target.html#part">it</a>' in page
