"""Tables -> words, pages and files: every (zh-TW, English) word (:mod:`.words`), formatting
(:mod:`.fmt`), flag sentences (:mod:`.flags`), the narrative (:mod:`.narrative`), HTML helpers
for the notebooks and the index (:mod:`.render`), charts (:mod:`.charts`, needs the
``[reports]`` extra), the data dictionary and the CSV / JSON / datapackage writers
(:mod:`.export`). Never reads a source file or parses a report."""
