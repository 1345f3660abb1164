"""Speed and memory benchmarks of the analysis; run as modules, not collected by pytest."""
