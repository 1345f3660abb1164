"""One reviewer's window, without the window: a process that decides ``count`` things on a
shared project as fast as it can, for the concurrency tests.

    python -m tests.shared.client ADDRESS REVIEWER COUNT

Prints ``ack N TEXT`` once the server has acknowledged each decision, ``done`` when all are
made; then waits for a line on stdin, catches up with the others and prints ``matrix HASH``
(a digest of the matrix it shows) and ``rows N`` (the decisions in force).
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import replace

from gui.domain import Status
from gui.export.json_export import to_json_dict
from gui.review import commands as cmd
from gui.review.matrix import build_matrix
from gui.store.shared import SharedProject

STATUSES = (Status.AGREE, Status.PARTIAL, Status.CONFLICT)


def matrix_digest(project: SharedProject) -> str:
    assert project.analysis is not None
    matrix = build_matrix(project.analysis, project.review)
    data = json.dumps(to_json_dict(matrix), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


def main(address: str, reviewer: str, count: int) -> None:
    project = SharedProject.open(address, reviewer=reviewer)
    assert project.analysis is not None
    # Decisions made from the matrix as it first showed: what the client decides about does
    # not depend on how far the others have got, only the order the server gives them does.
    matrix = build_matrix(project.analysis, project.review)
    facts = [f for f in matrix.facts if f.cells]
    for i in range(count):
        fact = facts[(i * 7 + len(reviewer)) % len(facts)]
        sid = sorted(fact.cells)[i % len(fact.cells)]
        text = f"{reviewer} #{i}"
        if i % 3 == 0:
            decision = cmd.rename_fact(matrix, fact.id, text)
        elif i % 3 == 1:
            decision = cmd.note_cell(matrix, fact.id, sid, text)
        else:
            decision = cmd.set_status(matrix, fact.id, sid, STATUSES[i % len(STATUSES)])
            decision = replace(decision, text=text)  # names it in the log, as the others
        made = project.decide(decision)
        print(f"ack {made.seq} {text}", flush=True)
    print("done", flush=True)
    sys.stdin.readline()
    project.pull()
    print(f"matrix {matrix_digest(project)}", flush=True)
    print(f"rows {len(project.review.decisions)}", flush=True)
    project.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
