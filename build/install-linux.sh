#!/bin/sh
# Add Claimgrid to the current user's desktop: menu entry, icons and the project file
# type, so the menu shows Claimgrid and a double-click on a .claimgrid file opens it.
# Everything goes under $XDG_DATA_HOME (default ~/.local/share); no root needed.
#
#   install-linux.sh                   # from a bundle folder: runs ./Claimgrid
#                                      # from a source checkout: runs `claimgrid` on PATH
#   install-linux.sh --exec PROGRAM    # the program the menu entry starts
#   install-linux.sh --uninstall       # remove what an install added
set -eu

APP_ID=org.claimgrid.Claimgrid
MIME_TYPE=application/x-claimgrid-project
ICON_SIZES="16 32 48 64 128 256 512"

usage() {
    sed -n '2,10s/^# \{0,1\}//p' "$0"
}

die() {
    echo "install-linux.sh: $*" >&2
    exit 1
}

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-${HOME:?HOME is not set}/.local/share}
program=""
uninstall=0

while [ $# -gt 0 ]; do
    case $1 in
        --exec)
            [ $# -ge 2 ] || die "--exec needs a program"
            program=$2
            shift 2
            ;;
        --exec=*)
            program=${1#--exec=}
            shift
            ;;
        --uninstall)
            uninstall=1
            shift
            ;;
        -h | --help)
            usage
            exit 0
            ;;
        *)
            usage >&2
            exit 2
            ;;
    esac
done

desktop_file=$data_home/applications/$APP_ID.desktop
mime_file=$data_home/mime/packages/$APP_ID.xml
metainfo_file=$data_home/metainfo/$APP_ID.metainfo.xml
svg_icon=$data_home/icons/hicolor/scalable/apps/$APP_ID.svg

png_icon() {
    echo "$data_home/icons/hicolor/${1}x${1}/apps/$APP_ID.png"
}

# Caches that desktops read; each tool is optional, a missing one is skipped.
refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$data_home/mime"
    else
        echo "note: update-mime-database not found; .claimgrid files are recognised after the next login" >&2
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$data_home/applications"
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data_home/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache --quiet --force "$data_home/icons/hicolor" || true
    fi
    # The icon cache timestamp is what icon themes watch for.
    touch "$data_home/icons/hicolor" 2>/dev/null || true
}

if [ "$uninstall" -eq 1 ]; then
    rm -f "$desktop_file" "$mime_file" "$metainfo_file" "$svg_icon"
    for size in $ICON_SIZES; do
        rm -f "$(png_icon "$size")"
    done
    mkdir -p "$data_home/mime" "$data_home/applications"
    refresh
    echo "Claimgrid removed from $data_home"
    exit 0
fi

# Resources sit in _internal/ inside a bundle and in resources/ in a source checkout.
if [ -d "$here/_internal/resources/desktop" ]; then
    resources=$here/_internal/resources
elif [ -d "$here/../resources/desktop" ]; then
    resources=$(cd "$here/../resources" && pwd)
else
    die "cannot find the resources folder next to $here"
fi

if [ -z "$program" ]; then
    if [ -x "$here/Claimgrid" ] && [ -f "$here/Claimgrid" ]; then
        program=$here/Claimgrid
    else
        program=claimgrid
        command -v claimgrid >/dev/null 2>&1 ||
            echo "warning: 'claimgrid' is not on PATH; install the package or pass --exec" >&2
    fi
fi

# The Exec key quotes an argument with reserved characters in double quotes. Characters
# that would need escaping inside those quotes are refused rather than escaped.
case $program in
    *'"'* | *'`'* | *'$'* | *'\'* | *'
'*)
        die "the program path may not contain \" \` \$ \\ or a newline: $program"
        ;;
esac
case $program in
    *[[:space:]\'\>\<~\|\&\;\*\?\#\(\)]*) exec_program="\"$program\"" ;;
    *) exec_program=$program ;;
esac

mkdir -p "$data_home/applications" "$data_home/mime/packages" "$data_home/metainfo" \
    "$(dirname "$svg_icon")"
awk -v line="Exec=$exec_program %F" '/^Exec=/ { print line; next } { print }' \
    "$resources/desktop/$APP_ID.desktop" >"$desktop_file.tmp"
mv "$desktop_file.tmp" "$desktop_file"
cp "$resources/desktop/$APP_ID.mime.xml" "$mime_file"
cp "$resources/desktop/$APP_ID.metainfo.xml" "$metainfo_file"
cp "$resources/icons/claimgrid.svg" "$svg_icon"
for size in $ICON_SIZES; do
    target=$(png_icon "$size")
    mkdir -p "$(dirname "$target")"
    cp "$resources/icons/claimgrid-$size.png" "$target"
done
refresh

echo "Claimgrid installed in $data_home"
echo "  menu entry: $desktop_file (runs $program)"
echo "  file type:  $MIME_TYPE (*.claimgrid)"
