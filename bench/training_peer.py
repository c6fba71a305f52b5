"""Peer of bench/training.sh: scikit-learn on the rows Earshot's classifiers read.

Reads FRAMES/train.csv and FRAMES/validation.csv (written by TrainingBenchmark: standardised features beside their
neighbours, one target column per type), fits one binary classifier per type with each learner below, class weights
balanced, and writes OUT/training-peer-LEARNER.properties: the fit time for all types (median of RUNS after one
unmeasured run), and the frame F1 at probability 0.5 on the validation rows per type and macro-averaged.
Usage: training_peer.py FRAMES OUT RUNS
"""
import statistics
import sys
import time

import numpy as np
import sklearn
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.metrics import f1_score
from threadpoolctl import threadpool_info

LEARNERS = {
    "sklearn_logistic": ("LogisticRegression(lbfgs, class_weight=balanced)",
                         lambda: LogisticRegression(class_weight="balanced", max_iter=1000)),
    "sklearn_sgd": ("SGDClassifier(log_loss, 20 epochs, eta0=0.001 constant, class_weight=balanced)",
                    lambda: SGDClassifier(loss="log_loss", max_iter=20, tol=None, learning_rate="constant",
                                          eta0=0.001, class_weight="balanced", random_state=14)),
    "sklearn_forest": ("RandomForestClassifier(50 trees, depth 12, max_features 0.5, class_weight=balanced)",
                       lambda: RandomForestClassifier(n_estimators=50, max_depth=12, max_features=0.5,
                                                      class_weight="balanced", n_jobs=1, random_state=14)),
}


def load(path):
    with open(path) as f:
        header = f.readline().strip().split(",")
    data = np.loadtxt(path, delimiter=",", skiprows=1)
    types = [name[len("target_"):] for name in header if name.startswith("target_")]
    return data[:, :-len(types)], data[:, -len(types):].astype(int), types


def fit_all(make, x, y):
    return [make().fit(x, y[:, t]) for t in range(y.shape[1])]


def main(frames, out, runs):
    x_train, y_train, types = load(frames + "/train.csv")
    x_val, y_val, _ = load(frames + "/validation.csv")
    blas = ";".join(f"{i.get('internal_api')}:{i.get('architecture')}:{i.get('num_threads')}" for i in threadpool_info())
    for key, (description, make) in LEARNERS.items():
        fit_all(make, x_train, y_train)
        seconds = []
        for _ in range(runs):
            started = time.perf_counter()
            models = fit_all(make, x_train, y_train)
            seconds.append(time.perf_counter() - started)
        f1 = [f1_score(y_val[:, t], models[t].predict_proba(x_val)[:, 1] >= 0.5) for t in range(len(types))]
        lines = [f"learner={key}", f"description={description}", f"sklearn={sklearn.__version__}",
                 f"numpy={np.__version__}", f"blas={blas}", f"seconds={statistics.median(seconds)}",
                 f"runs={runs}", f"rows_training={len(x_train)}", f"rows_validation={len(x_val)}",
                 f"columns={x_train.shape[1]}"]
        lines += [f"frame_f1.{name}={value}" for name, value in zip(types, f1)]
        lines.append(f"frame_macro_f1={sum(f1) / len(f1)}")
        with open(f"{out}/training-peer-{key}.properties", "w") as f:
            f.write("\n".join(lines) + "\n")
        print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
