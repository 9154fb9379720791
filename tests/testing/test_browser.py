"""The tests' headless Chromium runner: one retry, with a fresh profile, after a hang."""

from __future__ import annotations

import subprocess

import pytest

from govplans.testing import browser


def test_a_hung_run_is_tried_once_more_with_a_fresh_profile(tmp_path, monkeypatch):
    calls: list[list[str]] = []

    def fake_run(args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise subprocess.TimeoutExpired(args, kwargs["timeout"])
        return subprocess.CompletedProcess(args, 0, stdout="<html></html>", stderr="")

    monkeypatch.setattr(browser, "CHROMIUM", "/usr/bin/chromium")
    monkeypatch.setattr(browser.subprocess, "run", fake_run)
    assert browser.dump_dom("file:///x.html", tmp_path / "profile") == "<html></html>"
    profiles = [a for call in calls for a in call if a.startswith("--user-data-dir=")]
    assert profiles == [
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--user-data-dir={tmp_path / 'profile-again'}",
    ]


def test_a_second_hang_fails(tmp_path, monkeypatch):
    def hang(args, **kwargs):
        raise subprocess.TimeoutExpired(args, kwargs["timeout"])

    monkeypatch.setattr(browser, "CHROMIUM", "/usr/bin/chromium")
    monkeypatch.setattr(browser.subprocess, "run", hang)
    with pytest.raises(subprocess.TimeoutExpired):
        browser.dump_dom("file:///x.html", tmp_path / "profile")
