/*
 * Site scripts (mkdocs.yml extra_javascript), loaded on every page after Material's bundle.
 *
 * 1. Mermaid without a CDN. Material for MkDocs renders ```mermaid diagrams with the global
 *    `mermaid` and, when there is none, loads it from unpkg.com. This stand-in is that global:
 *    it loads the copy vendored with the site (assets/vendor/mermaid/, see SOURCE.txt there)
 *    the first time a diagram is drawn, so pages without diagrams never download it.
 * 2. Search on every kind of input. Material starts a search on `keyup`; text that arrives
 *    without a key (pasted with the mouse, dictated, an input method) fired no search.
 */
(function () {
  "use strict"

  /* 1. Mermaid */
  var src = new URL("../vendor/mermaid/mermaid.min.js", document.currentScript.src).href
  var options = null
  var loading = null

  function load() {
    if (!loading)
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement("script")
        script.src = src
        script.onload = function () {
          var real = window.mermaid       /* the vendored script replaced the stand-in */
          if (options)
            real.initialize(options)
          resolve(real)
        }
        script.onerror = function () {
          reject(new Error("mermaid: cannot load " + src))
        }
        document.head.appendChild(script)
      })
    return loading
  }

  window.mermaid = {
    initialize: function (config) {
      options = config
    },
    render: function (id, text) {
      return load().then(function (real) {
        return real.render(id, text)
      })
    }
  }

  /* 2. Search */
  document.addEventListener("input", function (ev) {
    var input = ev.target
    if (input instanceof HTMLInputElement && input.classList.contains("md-search__input"))
      input.dispatchEvent(new KeyboardEvent("keyup"))
  }, true)
})()
