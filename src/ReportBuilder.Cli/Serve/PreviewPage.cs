namespace ReportBuilder.Cli.Serve;

/// <summary>The preview's page: a bar (period with previous and next, locale, views, verdict), the error of the last change
/// with its position, and the chosen view below. It listens to <c>/events</c> and fetches the view again on each change.</summary>
internal static class PreviewPage
{
    public const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>ReportBuilder preview</title>
        <style>
          body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #1f2937; background: #e5e7eb; }
          #bar { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; padding: 8px 12px; background: #111827; color: #f9fafb; }
          #bar button, #bar select { font: inherit; border: 1px solid #4b5563; background: #1f2937; color: #f9fafb; border-radius: 4px; padding: 2px 8px; }
          #bar button[disabled] { opacity: .4; }
          #bar button.on { background: #f9fafb; color: #111827; }
          #title { font-weight: 600; }
          .pass { color: #4ade80; } .warn { color: #facc15; } .fail { color: #f87171; }
          #error { display: none; margin: 0; padding: 10px 12px; background: #fef2f2; color: #991b1b; border-bottom: 2px solid #f87171;
                   white-space: pre-wrap; font: 12px/1.4 ui-monospace, monospace; }
          #frame { display: block; width: 100%; height: calc(100vh - 48px); border: 0; background: #fff; margin: 0 auto; }
          #frame.phone { width: 390px; border-left: 1px solid #9ca3af; border-right: 1px solid #9ca3af; }
        </style>
        </head>
        <body>
        <div id="bar">
          <span id="title">…</span>
          <span><button id="previous" title="Previous period">‹</button> <span id="period"></span> <button id="next" title="Next period">›</button></span>
          <select id="locale" title="Locale"></select>
          <span id="views"></span>
          <span id="verdict"></span>
          <span id="source"></span>
        </div>
        <pre id="error"></pre>
        <iframe id="frame" title="Report"></iframe>
        <script>
          const state = { period: null, locale: null, view: "report", generation: -1 };
          const $ = id => document.getElementById(id);
          const views = { report: "Report", mail: "Mail (phone)", pdf: "PDF", json: "JSON", sql: "SQL" };
          for (const [kind, label] of Object.entries(views)) {
            const b = document.createElement("button");
            b.textContent = label; b.dataset.view = kind;
            b.onclick = () => { state.view = kind; refresh(); };
            $("views").append(b, " ");
          }
          function query() {
            const p = new URLSearchParams();
            if (state.period) p.set("period", state.period);
            if (state.locale) p.set("locale", state.locale);
            return p;
          }
          async function refresh() {
            const s = await (await fetch("/state?" + query())).json();
            $("title").textContent = s.title ?? "ReportBuilder";
            $("period").textContent = s.period ?? "";
            $("previous").disabled = !s.previous; $("previous").dataset.period = s.previous ?? "";
            $("next").disabled = !s.next; $("next").dataset.period = s.next ?? "";
            const locale = $("locale");
            if (locale.options.length !== s.locales.length) {
              locale.replaceChildren(...s.locales.map(l => new Option(l, l)));
            }
            if (s.locale) locale.value = s.locale;
            $("verdict").innerHTML = s.verdict
              ? `<span class="pass">${s.verdict.passed} pass</span> · <span class="warn">${s.verdict.warned} warn</span> · <span class="fail">${s.verdict.failed} fail</span>`
              : "";
            $("source").textContent = s.source ?? "";
            $("error").textContent = s.error ?? "";
            $("error").style.display = s.error ? "block" : "none";
            for (const b of $("views").querySelectorAll("button")) b.classList.toggle("on", b.dataset.view === state.view);
            const p = query(); p.set("g", s.generation);
            const frame = $("frame");
            frame.className = state.view === "mail" ? "phone" : "";
            const src = `/view/${state.view}?${p}`;
            // The blank page an iframe starts with loads too: only the view asked for counts as shown.
            frame.onload = () => {
              const shown = frame.contentWindow.location;
              if (shown.pathname + shown.search === src) document.body.dataset.shown = src;
            };
            frame.src = src;
            state.generation = s.generation;
            document.body.dataset.generation = s.generation;
          }
          $("previous").onclick = e => { state.period = e.target.dataset.period; refresh(); };
          $("next").onclick = e => { state.period = e.target.dataset.period; refresh(); };
          $("locale").onchange = e => { state.locale = e.target.value; refresh(); };
          new EventSource("/events").onmessage = () => refresh();
        </script>
        </body>
        </html>
        """;
}
