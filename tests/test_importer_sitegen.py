"""Site-generator markup in content files: shortcode figures, ref links, Liquid, highlight."""

from __future__ import annotations

import time

from tearsheet.markup import render_markdown
from tearsheet.refs import ref_address
from tearsheet.sitegen import convert_site_markup, find_beside

from conftest import FIXTURES

RIVER = FIXTURES / "long" / "river.png"


def test_image_shortcodes_become_figures_when_their_file_exists(tmp_path):
    (tmp_path / "river.png").write_bytes(RIVER.read_bytes())
    text = (
        "Before.\n\n"
        '{{< figure src="river.png" alt="The river" caption="At dawn" attr="Ann Lee" >}}\n\n'
        '{{< legacy-img src="river.png" alt="Again" caption="MacXever/iStock" >}}\n\n'
        '{{< img src="river" >}}\n\n'
        '{{< img src="missing-photo" >}}\n\nAfter.\n'
    )
    body, dropped = convert_site_markup(text, find_beside(tmp_path))
    assert '![The river](river.png "At dawn | Ann Lee")' in body
    assert '![Again](river.png "MacXever/iStock")' in body
    assert "![](river.png)" in body
    assert dropped == [(9, '{{< img src="missing-photo" >}}')]
    html = render_markdown(body).html
    assert html.count("<figure") == 3 and '<span class="credit">Ann Lee</span>' in html


def test_images_outside_the_article_folder_are_not_found(tmp_path):
    (tmp_path / "inner").mkdir()
    (tmp_path / "secret.png").write_bytes(RIVER.read_bytes())
    find = find_beside(tmp_path / "inner")
    assert find("../secret.png") is None and find("/etc/passwd") is None
    assert find("https://example.org/a.png") is None


def test_ref_links_keep_their_text_and_liquid_is_dropped_with_a_line():
    text = 'See [the earlier post]({{< ref "2019/old.md" >}}).\n\nBy {{ site.author }}.\n'
    body, dropped = convert_site_markup(text)
    assert body == f"See [the earlier post]({ref_address(1, '2019/old.md')}).\n\nBy .\n"
    assert dropped == [(3, "{{ site.author }}")]


def test_highlight_becomes_a_code_block_untouched_by_typography():
    text = "{% highlight python %}\nprint(\"it's -- fine\")\n{% endhighlight %}\n\nIt's done.\n"
    body, dropped = convert_site_markup(text)
    assert body.startswith('```python\nprint("it\'s -- fine")\n```')
    html = render_markdown(body).html
    assert "print(&quot;it&#x27;s -- fine&quot;)" in html or 'print("it\'s -- fine")' in html
    assert dropped == []


def test_fenced_code_is_left_as_it_is():
    text = "```\n{{ not liquid }} {{< img src=x >}}\n```\n"
    assert convert_site_markup(text) == (text, [])


def test_hostile_markup_is_converted_in_linear_time():
    for text in ("{{< img src=" * 20_000, "{% highlight x %}\n" * 5_000, "{{ " * 30_000):
        start = time.process_time()
        convert_site_markup(text)
        assert time.process_time() - start < 5
