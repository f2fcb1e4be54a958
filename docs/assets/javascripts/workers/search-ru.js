/*
 * Search worker for a Russian site: Material for MkDocs' own worker plus two fixes.
 *
 * overrides/main.html points the page here with ?material=<Material's worker file>.
 *
 * 1. Material appends "*" to every word typed into the search box (prefix search), and
 *    lunr skips the stemmer for such words, while the index holds stems. So "блокировки"
 *    became "блокировки*" and missed the stem "блокировк" of "блокировка". Here a word
 *    with only a trailing "*" is stemmed first: "блокировки*" -> "блокировк*", which
 *    finds every form (блокировка, блокировкой, блокировки ...). The stemmed word is
 *    also what Material passes to the page as ?h=, so the page highlights all forms.
 * 2. "ё" is indexed and searched as "е" (most people type "счетчик" for "счётчик").
 *
 * The pipeline itself (lunr-languages' Russian and English stemmers) is configured in
 * mkdocs.yml: plugins.search.lang and pipeline.
 */
(function () {
  "use strict"

  var name = new URL(self.location.href).searchParams.get("material") || ""
  if (!/^search\.[0-9a-f]+\.min\.js$/.test(name))
    throw new Error("search-ru: unexpected Material worker name: " + name)
  importScripts(name)  /* resolved next to this file; defines self.lunr and the handler */

  var lunr = self.lunr
  var searchPipeline = null

  /* 2. "ё" -> "е", registered so lunr does not warn about an unknown function */
  function yo(token) {
    return token.update(function (text) {
      return text.replace(/ё/g, "е")
    })
  }
  lunr.Pipeline.registerFunction(yo, "ru-yo")

  /* Material configures the builder's pipelines before it adds the first document */
  var add = lunr.Builder.prototype.add
  lunr.Builder.prototype.add = function (doc, attributes) {
    if (this.searchPipeline !== searchPipeline) {
      searchPipeline = this.searchPipeline
      this.pipeline._stack.unshift(yo)
      this.searchPipeline._stack.unshift(yo)
    }
    return add.call(this, doc, attributes)
  }

  /* 1. A clause "word*" (trailing wildcard only) is stemmed before the wildcard */
  var clause = lunr.Query.prototype.clause
  lunr.Query.prototype.clause = function (spec) {
    if (searchPipeline && typeof spec.term === "string") {
      var match = /^([^*]+)\*$/.exec(spec.term)
      if (match) {
        var stems = searchPipeline.runString(match[1])
        if (stems.length === 1 && stems[0])
          spec.term = stems[0] + "*"
      }
    }
    return clause.call(this, spec)
  }
})()
