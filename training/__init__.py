"""Scripts that fit the shipped models from gold (`make model`)."""
