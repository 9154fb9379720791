"""Running govplans: the paths of a checkout, the public entry points (:mod:`.api`), the command
line (:mod:`.cli`) and the report build (:mod:`.runner`: notebook parameters, jobs, cache and
manifest, kernels, the index page)."""
