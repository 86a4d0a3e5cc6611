"""The learned half of sos_lint at run time: the shipped classifiers, scored without scikit-learn.

features.py turns a statement's rule Report into the quality model's input; portable.py scores
the exported weights in plain Python; model.py loads them lazily and blends P(good) into Report
scores. Training, evaluation and the model card are development tools in devtools/ (not in the
wheel): python -m devtools.train, python -m devtools.evaluate.
"""
