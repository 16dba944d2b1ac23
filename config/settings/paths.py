from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
