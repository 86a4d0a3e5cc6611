"""The learned half of sos_lint: a labelled corpus, its features, and two small classifiers.

corpus.py reads and guards corpus/*.jsonl; features.py turns a statement and its rule Report into
numbers; train.py fits the kind and quality models; evaluate.py measures them with grouped
cross-validation; model.py loads the shipped model lazily and blends it into Report scores.
Nothing here is imported by `import sos_lint`: scikit-learn loads only when a model is used.
"""
