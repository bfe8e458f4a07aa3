/// The one stylesheet every exported page embeds: no fonts, images or imports to fetch; colours
/// for light and dark schemes; widths from a phone's to a desktop's. Replies hang from a thin
/// rule one small step in per level, so ten levels still leave a phone most of its width.
enum HTMLPageStyle {
    static let css = """
        :root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#f6f7f9;--card:#fff;--line:#d1d9e0;--accent:#0b57d0;--thread:#a8bedf;--mark:#e8f0fe}
        @media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--card:#161b22;--line:#30363d;--accent:#79b8ff;--thread:#3b5070;--mark:#1c2b41}}
        *{box-sizing:border-box}
        body{margin:0 auto;max-width:48rem;padding:1rem;font:1rem/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);overflow-wrap:anywhere}
        a{color:var(--accent)}
        h1{font-size:1.65rem;line-height:1.25;margin:.25rem 0 .5rem}
        h2{font-size:1.2rem;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
        h3{font-size:1rem;margin:.25rem 0}
        p{margin:.5rem 0}
        .meta,footer,.linkbacks .meta{color:var(--muted);font-size:.875rem}
        .meta a,footer a{color:inherit}
        .post>.body{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.25rem 1rem}
        pre{overflow-x:auto;padding:.5rem .75rem;background:var(--bg);border:1px solid var(--line);border-radius:4px;font-size:.875rem}
        code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
        table{border-collapse:collapse;display:block;overflow-x:auto;margin:.5rem 0}
        th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left}
        blockquote{margin:.5rem 0;padding:0 0 0 .75rem;border-left:3px solid var(--line);color:var(--muted)}
        ol.comments,ol.replies,.linkbacks ul{list-style:none;margin:0;padding:0}
        li.comment{margin:.6rem 0 0}
        li.comment>article{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.4rem .75rem}
        li.by-post-author>article{background:var(--mark);border-color:var(--accent)}
        ol.replies{margin-left:.15rem;padding-left:.45rem;border-left:2px solid var(--thread)}
        .author{font-weight:600}
        .badge{font-size:.75rem;padding:0 .35rem;border:1px solid var(--accent);border-radius:1rem;color:var(--accent);white-space:nowrap}
        .linkbacks li{padding:.4rem 0;border-bottom:1px solid var(--line)}
        footer{margin-top:2rem;border-top:1px solid var(--line);padding-top:.5rem}
        @media (min-width:40rem){body{padding:2rem}ol.replies{margin-left:.75rem;padding-left:.9rem}}
        """
}
