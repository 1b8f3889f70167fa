"""Generator of the labelled development corpus (nlp/data/devcorpus): vocabulary and sentence pools."""
