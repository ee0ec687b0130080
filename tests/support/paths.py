"""Where the project's checkout is."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def tracked(*folders: str, suffix: str = ".py") -> list[Path]:
    """The files git tracks under ``folders`` of the checkout that end with ``suffix`` and are
    there, sorted. Not a walk of the folders: a file being written under the checkout while a
    test reads it (an editor's, another run's) is no file of the project's."""
    import subprocess

    listed = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z", "--", *folders],
                            capture_output=True, text=True)
    if listed.returncode != 0:
        raise RuntimeError(f"git ls-files in {ROOT} failed: {listed.stderr.strip()} "
                           "(these checks read the files git tracks: run them in a git checkout)")
    paths = (ROOT / name for name in listed.stdout.split("\0") if name.endswith(suffix))
    return sorted(path for path in paths if path.is_file())
