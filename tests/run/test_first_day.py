"""First-day fixes (issue 18 item 8): ``--version``, unknown plan ids listing the valid ones,
Ctrl-C, ``make report SOURCE=…`` in a folder of its own, ``make lab`` as root."""

from __future__ import annotations

import shutil
import subprocess

import pytest

import govplans
from govplans.read.source import read_report
from govplans.run import paths
from govplans.run.cli import main
from govplans.testing.synthetic import make_plans, write_report


def test_version_is_the_package_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"govplans {govplans.__version__}"


def test_unknown_plan_lists_the_valid_ids_in_one_line(tmp_path, capsys):
    source = write_report(tmp_path / "report.txt", make_plans(3, seed=5))
    args = ["reports", "--source", str(source), "--out", str(tmp_path / "out"), "--plan", "999"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'999'" in err
    assert "114-01, 114-02, 114-03 (3 plans)" in err
    assert not (tmp_path / "out" / "index.html").exists()


def test_many_plan_ids_are_truncated_with_a_count(tmp_path):
    report = read_report(write_report(tmp_path / "report.txt", make_plans(25, seed=1)))
    with pytest.raises(KeyError) as error:
        report.resolve_plan_id("999")
    message = error.value.args[0]
    assert "114-01, 114-02" in message and "114-20" in message and "114-21" not in message
    assert message.endswith("… and 5 more (25 plans)")


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
@pytest.mark.parametrize(("user_id", "allowed"), [("0", True), ("1000", False)])
def test_make_lab_allows_root_only_as_root(user_id, allowed):
    done = subprocess.run(
        ["make", "-n", "lab", f"USER_ID={user_id}"],
        cwd=paths.PROJ_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    command = next(line for line in done.stdout.splitlines() if "jupyter lab" in line)
    assert command.endswith("notebooks/ --allow-root" if allowed else "notebooks/")
