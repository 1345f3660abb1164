"""The icon set and the desktop integration files agree with each other and with the package."""

from __future__ import annotations

import configparser
import re
import shutil
import sqlite3
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import gui
from gui.domain import Status
from gui.palette import STATUS_FILL

from .layout import (
    APP_ID,
    DESKTOP_FILE,
    ICONS,
    METAINFO_FILE,
    MIME_FILE,
    MIME_NS,
    PROJECT_MIME_TYPE,
    ROOT,
    load_build_module,
)

make_icons = load_build_module("make_icons")
SVG_NS = "{http://www.w3.org/2000/svg}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def semicolon_list(value: str) -> list[str]:
    assert value.endswith(";"), f"list value must end with ';': {value!r}"
    return value[:-1].split(";")


def metainfo() -> ET.Element:
    return ET.parse(METAINFO_FILE).getroot()


def mime_type_element() -> ET.Element:
    root = ET.parse(MIME_FILE).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    types = root.findall(f"{MIME_NS}mime-type")
    assert len(types) == 1
    return types[0]


# --- icon -------------------------------------------------------------------------------


def test_svg_is_a_square_icon_in_the_status_colours() -> None:
    root = ET.parse(ICONS / "claimgrid.svg").getroot()
    assert root.tag == f"{SVG_NS}svg"
    _, _, width, height = (float(v) for v in root.attrib["viewBox"].split())
    assert width == height
    cells = root.findall(f".//{SVG_NS}g[@id='cells']/{SVG_NS}rect")
    assert len(cells) == 9
    fills = {cell.attrib["fill"].upper() for cell in cells}
    assert fills == {colour.upper() for colour in STATUS_FILL.values()}


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_png_exists_at_its_pixel_size(size: int) -> None:
    data = (ICONS / make_icons.png_name(size)).read_bytes()
    assert make_icons.png_size(data) == (size, size)


def test_png_sizes_cover_the_freedesktop_icon_sizes() -> None:
    assert {16, 32, 48, 64, 128, 256, 512} <= set(make_icons.PNG_SIZES)


def test_png_size_refuses_other_formats() -> None:
    with pytest.raises(ValueError):
        make_icons.png_size(b"GIF89a" + bytes(30))


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("size", [16, 256])
def test_rendered_png_shows_the_grid(size: int) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(ICONS / make_icons.png_name(size)))
    assert not image.isNull()
    # The background is a rounded square: (nearly) clear at a corner, opaque mid-edge.
    assert image.pixelColor(0, 0).alpha() < 64
    assert image.pixelColor(size // 2, 0).alpha() == 255
    # The middle cell is the conflict colour.
    middle = image.pixelColor(size // 2, size // 2)
    assert middle.name().upper() == STATUS_FILL[Status.CONFLICT].upper()
    assert middle.alpha() == 255
    # The lower right cell is absent, distinct from the dark background around it.
    corner_cell = image.pixelColor(size * 13 // 16, size * 13 // 16)
    assert corner_cell == QColor(STATUS_FILL[Status.ABSENT])


@pytest.mark.usefixtures("qapp")
def test_committed_pngs_match_the_svg() -> None:
    assert make_icons.stale_icons(ICONS) == []


@pytest.mark.usefixtures("qapp")
def test_stale_icons_notices_a_changed_svg(tmp_path: Path) -> None:
    for path in ICONS.iterdir():
        shutil.copy2(path, tmp_path / path.name)
    svg = tmp_path / "claimgrid.svg"
    svg.write_text(svg.read_text(encoding="utf-8").replace("#D55E00", "#1B9E77"), "utf-8")
    (tmp_path / "claimgrid.ico").unlink()
    problems = make_icons.stale_icons(tmp_path)
    assert any(p.startswith("claimgrid-16.png: differs") for p in problems)
    assert "claimgrid.ico: missing" in problems


def test_ico_holds_one_png_per_size() -> None:
    data = (ICONS / "claimgrid.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        image = data[offset : offset + length]
        edge = width or 256
        assert (width, height, planes, bits) == (edge % 256, edge % 256, 1, 32)
        assert make_icons.png_size(image) == (edge, edge)
        sizes.append(edge)
    assert sizes == sorted(make_icons.ICO_SIZES)


def test_icns_holds_every_declared_entry() -> None:
    data = (ICONS / "claimgrid.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    found = {}
    position = 8
    while position < len(data):
        ostype = data[position : position + 4]
        (length,) = struct.unpack_from(">I", data, position + 4)
        found[ostype] = make_icons.png_size(data[position + 8 : position + length])
        position += length
    assert position == len(data)
    assert found == {ostype: (size, size) for ostype, size in make_icons.ICNS_ENTRIES}


def test_container_writers_refuse_a_mislabelled_image() -> None:
    png_16 = (ICONS / make_icons.png_name(16)).read_bytes()
    with pytest.raises(ValueError):
        make_icons.ico_bytes({32: png_16})


# --- desktop entry ----------------------------------------------------------------------


def test_desktop_entry_has_the_required_keys() -> None:
    entry = desktop_entry()
    for key in ("Type", "Name", "Exec", "Icon", "Categories", "MimeType", "Terminal"):
        assert entry.get(key), f"missing {key}"
    assert entry["Type"] == "Application"
    assert entry["Terminal"] == "false"
    assert entry["Icon"] == APP_ID
    assert {"Office", "Utility"} <= set(semicolon_list(entry["Categories"]))


def test_desktop_entry_runs_the_installed_gui_command_with_files() -> None:
    program, *arguments = desktop_entry()["Exec"].split()
    assert arguments == ["%F"]
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["gui-scripts"][program] == "gui.cli:main"


def test_desktop_entry_opens_the_project_type() -> None:
    mime_types = semicolon_list(desktop_entry()["MimeType"])
    assert PROJECT_MIME_TYPE in mime_types
    assert mime_type_element().attrib["type"] == PROJECT_MIME_TYPE


def test_desktop_entry_passes_desktop_file_validate() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    result = subprocess.run(
        [validator, str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error:" not in result.stdout


# --- MIME type --------------------------------------------------------------------------


def test_mime_type_maps_the_project_extension() -> None:
    element = mime_type_element()
    globs = [glob.attrib["pattern"] for glob in element.findall(f"{MIME_NS}glob")]
    assert globs == ["*.claimgrid"]
    parents = [p.attrib["type"] for p in element.findall(f"{MIME_NS}sub-class-of")]
    assert parents == ["application/vnd.sqlite3"]
    assert element.find(f"{MIME_NS}comment") is not None
    icon = element.find(f"{MIME_NS}icon")
    assert icon is not None and icon.attrib["name"] == APP_ID


def test_mime_magic_matches_a_real_sqlite_file_without_outranking_sqlite(tmp_path: Path) -> None:
    magic = mime_type_element().find(f"{MIME_NS}magic")
    assert magic is not None
    # The generic SQLite type sniffs at the default priority 50; staying below it keeps
    # unnamed SQLite files from being taken for projects.
    assert int(magic.attrib["priority"]) < 50
    match = magic.find(f"{MIME_NS}match")
    assert match is not None and match.attrib["type"] == "string"
    offset = int(match.attrib["offset"])
    project = tmp_path / "review.claimgrid"
    with sqlite3.connect(project) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    value = match.attrib["value"].encode("ascii")
    assert project.read_bytes()[offset : offset + len(value)] == value


# --- AppStream --------------------------------------------------------------------------


def test_metainfo_identifies_the_desktop_entry() -> None:
    root = metainfo()
    assert root.tag == "component"
    assert root.attrib["type"] == "desktop-application"
    assert root.findtext("id") == APP_ID == DESKTOP_FILE.stem
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert root.findtext("name") == desktop_entry()["Name"]
    assert root.findtext("project_license") == "MIT"


def test_metainfo_release_is_the_package_version() -> None:
    releases = metainfo().findall("releases/release")
    assert releases, "no release"
    assert releases[0].attrib["version"] == gui.__version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].attrib["date"])


def test_metainfo_provides_what_the_desktop_entry_declares() -> None:
    root = metainfo()
    entry = desktop_entry()
    assert [b.text for b in root.findall("provides/binary")] == [entry["Exec"].split()[0]]
    media_types = {m.text for m in root.findall("provides/mediatype")}
    assert media_types == set(semicolon_list(entry["MimeType"]))
    categories = [c.text for c in root.findall("categories/category")]
    assert categories == semicolon_list(entry["Categories"])


def test_metainfo_describes_and_shows_the_app() -> None:
    root = metainfo()
    paragraphs = root.findall("description/p")
    assert paragraphs and all((p.text or "").strip() for p in paragraphs)
    images = root.findall("screenshots/screenshot[@type='default']/image")
    assert [image.text for image in images] == ["docs/screenshot.png"]


def test_metainfo_passes_appstreamcli_except_the_local_screenshot() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    result = subprocess.run(
        [tool, "validate", "--no-net", "--no-color", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    # "E: org.claimgrid.Claimgrid:51: web-url-expected docs/screenshot.png"
    issues = re.findall(r"^([EW]): \S+ (\S+)(.*)$", result.stdout, flags=re.MULTILINE)
    known = ("web-url-expected", "docs/screenshot.png")
    unexpected = [issue for issue in issues if (issue[1], issue[2].strip()) != known]
    # A failed validation must show up as parsed issues, or the check below sees nothing.
    assert result.returncode == 0 or issues, result.stdout + result.stderr
    assert unexpected == [], result.stdout
