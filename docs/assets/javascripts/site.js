/*
 * Site scripts (mkdocs.yml extra_javascript), loaded on every page after Material's bundle.
 *
 * 1. (Mermaid diagrams are SVG drawn ahead of time: hooks/diagrams.py; no script needed.)
 * 2. Search on every kind of input. Material starts a search on `keyup`; text that arrives
 *    without a key (pasted with the mouse, dictated, an input method) fired no search.
 *    A page-level result whose own text did not match links with an empty ?h=: it takes the
 *    terms of the page's first matching section, so the page opens with them highlighted.
 * 3. Per page (again after each instant navigation):
 *    - names in table code may wrap only after a dot, an underscore or a slash (<wbr>);
 *    - glossary abbreviations open their tooltip on a tap (focusable);
 *    - plots of the benchmarks page open enlarged with a button;
 *    - «Копировать команду» next to «Скачать» copies the example's run command;
 *    - an old Cyrillic anchor (#создание-потока) still reaches its heading, and an anchor of a
 *      section that moved to another page (MOVED below) leads to its new place.
 */
(function () {
  "use strict"

  /* 2. Search */
  document.addEventListener("input", function (ev) {
    var input = ev.target
    if (input instanceof HTMLInputElement && input.classList.contains("md-search__input"))
      input.dispatchEvent(new KeyboardEvent("keyup"))
  }, true)

  function fixHighlight(link) {
    var url = new URL(link.href)
    if (url.searchParams.get("h") !== "")
      return
    var item = link.closest(".md-search-result__item")
    var terms = ""
    if (item)
      item.querySelectorAll("a.md-search-result__link").forEach(function (other) {
        var h = new URL(other.href).searchParams.get("h")
        if (!terms && h)
          terms = h
      })
    if (terms)
      url.searchParams.set("h", terms)
    else
      url.searchParams.delete("h")
    link.href = url.href
  }
  function watchResults() {
    var list = document.querySelector(".md-search-result__list")
    if (!list || list.__watched)
      return
    list.__watched = true
    new MutationObserver(function () {
      list.querySelectorAll("a.md-search-result__link[href*='h=']").forEach(fixHighlight)
    }).observe(list, { childList: true, subtree: true })
  }
  watchResults()

  /* 3. Per page */
  function tableCode(root) {
    root.querySelectorAll(".md-typeset table :not(pre) > code").forEach(function (code) {
      if (code.children.length || code.__wbr || !/[._/]./.test(code.textContent))
        return
      code.__wbr = true
      var parts = code.textContent.split(/(?<=[._/])(?=.)/)
      code.textContent = ""
      parts.forEach(function (part, i) {
        if (i)
          code.appendChild(document.createElement("wbr"))
        code.appendChild(document.createTextNode(part))
      })
    })
  }

  function abbreviations(root) {
    root.querySelectorAll(".md-typeset abbr[title]").forEach(function (abbr) {
      if (abbr.hasAttribute("tabindex"))
        return
      abbr.tabIndex = 0
      /* a tap focuses it (touch browsers send no hover to a plain inline element) */
      abbr.addEventListener("click", function () { abbr.focus() })
    })
  }

  /* A table wider than the column scrolls in Material's wrapper: the keyboard reaches it too (WCAG 2.1.1) */
  function scrollwraps(root) {
    root.querySelectorAll(".md-typeset__scrollwrap").forEach(function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth && !wrap.hasAttribute("tabindex"))
        wrap.tabIndex = 0
    })
  }

  function plots(root) {
    root.querySelectorAll("figure.bench-plot").forEach(function (figure) {
      if (figure.__ready)
        return
      figure.__ready = true
      var button = document.createElement("button")
      button.type = "button"
      button.className = "snippet-zoom"
      var caption = figure.querySelector("figcaption") || figure
      caption.appendChild(button)
      function set(zoomed) {
        figure.classList.toggle("is-zoomed", zoomed)
        button.textContent = zoomed ? "Закрыть ✕" : "Увеличить"
        button.setAttribute("aria-expanded", String(zoomed))
      }
      set(false)
      button.addEventListener("click", function (ev) {
        ev.stopPropagation()
        set(!figure.classList.contains("is-zoomed"))
      })
      figure.querySelector("svg").addEventListener("click", function () {
        set(!figure.classList.contains("is-zoomed"))
      })
      document.addEventListener("keydown", function (ev) {
        if (ev.key === "Escape")
          set(false)
      })
    })
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext)
      return navigator.clipboard.writeText(text)
    var area = document.createElement("textarea")
    area.value = text
    area.style.position = "fixed"
    area.style.opacity = "0"
    document.body.appendChild(area)
    area.select()
    try { document.execCommand("copy") } finally { area.remove() }
    return Promise.resolve()
  }
  document.addEventListener("click", function (ev) {
    var button = ev.target instanceof Element && ev.target.closest("button.snippet-run")
    if (!button)
      return
    copyText(button.dataset.command).then(function () {
      var label = button.textContent
      button.textContent = "Скопировано"
      setTimeout(function () { button.textContent = label }, 1500)
    })
  })

  /* Sections that moved: "old-page/#old-id": "new-page/#new-id" (paths from the site root). Add a
     line when you move a section; keep it plain JSON (tests/test_browser.py reads it). */
  var MOVED = {
    "processes/#pool": "pools/#pool",
    "processes/#poriadok-rezultatov-map-imap-imap_unordered": "pools/#pool-order",
    "processes/#starmap-apply_async-i-chunksize": "pools/#pool-methods",
    "processes/#with-i-zavershenie-pula": "pools/#pool-with",
    "processes/#concurrentfutures-processpoolexecutor-i-threadpoolexecutor": "pools/#futures",
    "processes/#submit-as_completed-i-iskliucheniia": "pools/#submit",
    "processes/#pool-workers": "pools/#pool-workers",
    "processes/#broken-pool": "pools/#broken-pool",
    "processes/#pool-initializer": "pools/#pool-initializer",
    "processes/#maxtasksperchild": "pools/#maxtasksperchild",
    "processes/#ctrl-c": "pools/#ctrl-c",
    "processes/#uprazhneniia": "processes/#exercises",
    "ipc/#sockets": "sockets-signals/#sockets",
    "ipc/#sockets-hang": "sockets-signals/#sockets-hang",
    "ipc/#sockets-process": "sockets-signals/#sockets-process",
    "ipc/#sockets-framing": "sockets-signals/#sockets-framing",
    "ipc/#signals": "sockets-signals/#signals",
    "ipc/#signals-self": "sockets-signals/#signals-self",
    "ipc/#signals-print": "sockets-signals/#signals-print",
    "ipc/#signals-child": "sockets-signals/#signals-child",
    "ipc/#signals-main-thread": "sockets-signals/#signals-main-thread",
    "ipc/#signals-platforms": "sockets-signals/#signals-platforms",
    "ipc/#value-lock": "ipc/#value-race",
    "ipc/#shared-memory-attach": "ipc/#shared-memory-unlink",
    "gil/#uprazhneniia": "gil/#exercises",
    "gil/#vychisleniia-i-ozhidanie-zamery": "gil/#cpu-bound",
    "sync/#tips": "sync/#summary",
    "threads/#thread-context": "threads/#parametry-konstruktora",
    "timelines/#uprazhneniia": "timelines/#exercises"
  }

  /* The Cyrillic anchors of earlier versions: the same transliteration as hooks/anchors.py */
  var LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia"
  }
  function goTo(id) {
    history.replaceState(history.state, "", "#" + id)
    document.getElementById(id).scrollIntoView()
  }
  function oldAnchor() {
    var id = decodeURIComponent(location.hash.slice(1))
    if (!id || document.getElementById(id))
      return
    if (/[а-яё]/i.test(id)) {
      id = id.toLowerCase().replace(/[а-яё]/g, function (c) { return LATIN[c] })
      if (document.getElementById(id))
        return goTo(id)
    }
    var root = new URL(window.__md_scope || ".", location.href)
    var page = location.pathname.slice(root.pathname.length).replace(/index\.html$/, "")
    var moved = MOVED[decodeURIComponent(page) + "#" + id]
    if (!moved)
      return
    var url = new URL(moved, root)
    if (url.pathname === location.pathname && document.getElementById(url.hash.slice(1)))
      goTo(url.hash.slice(1))
    else
      location.replace(url.href)
  }
  window.addEventListener("hashchange", oldAnchor)

  function setup() {
    var root = document.querySelector("article") || document
    tableCode(root)
    abbreviations(root)
    scrollwraps(root)
    plots(root)
    oldAnchor()
    watchResults()
    window.dispatchEvent(new Event("resize"))  /* Material measures the headings again */
  }
  if (window.document$)
    window.document$.subscribe(setup)
  else
    document.addEventListener("DOMContentLoaded", setup)
})()
