"""Building on a real Dask LocalCluster on 127.0.0.1: the same bytes as a local build."""

from __future__ import annotations

import os

import pytest

from tearsheet.build import BuildOptions, build_article
from tearsheet.cluster import ClusterError, connect, deliver, pack, render_on_cluster
from tearsheet.guard import Limits
from tearsheet.source import display_path, parse_article
from tearsheet.staleness import article_dependencies
from tearsheet.theme import Theme

from conftest import IN_CI, write_article

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
    tmp_path, cluster, monkeypatch, weasyprint_warnings
):
    weasyprint_warnings.expect(r"Failed to load image at .*nowhere\.png")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    articles = _articles(tmp_path / "content")
    local = tmp_path / "local"
    theme = Theme.load()
    options = BuildOptions(out=local, theme=theme, limits=Limits(seconds=120))
    expected_notices = {}
    for article in articles:
        result = build_article(article, options, FORMATS)
        assert result.error is None
        expected_notices[article.slug] = [str(n) for n in result.notices]
    remote = tmp_path / "remote"
    parcels = [
        pack(article, options, FORMATS, article_dependencies(article)) for article in articles
    ]
    client = connect(cluster)
    try:
        done = dict(render_on_cluster(client, parcels, costs=[len(a.body) for a in articles]))
    finally:
        client.close()
    assert sorted(done) == [0, 1, 2]
    for index, article in enumerate(articles):
        written, notices, error = deliver(done[index], article, remote, display_path(article.path))
        assert error is None
        assert sorted(p.name for p in written) == [f"{article.slug}.{f}" for f in sorted(FORMATS)]
        assert [str(n) for n in notices] == expected_notices[article.slug]
    assert expected_notices["2022-03-06-missing"], "the refused image is reported"
    names = sorted(os.listdir(local))
    assert names == sorted(os.listdir(remote)) and len(names) == 9
    for name in names:
        assert (remote / name).read_bytes() == (local / name).read_bytes(), name


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


def test_an_unreachable_scheduler_is_one_line():
    pytest.importorskip("distributed")
    with pytest.raises(
        ClusterError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"
    ):
        connect("tcp://127.0.0.1:9")
