#!/usr/bin/env bash
# Prints the shape figures the house style watches (see ../shared/HOUSE-STYLE.md):
# the share of package-private top-level types, the source files over 300 lines, the
# biggest module and root package, and the repeated blocks between files (if the
# `duplicates` command is on the PATH). Run from the repository root.
set -euo pipefail
src=src/main/java/org/synergies
total=0; private=0
while IFS= read -r file; do
	declaration=$(grep -m1 -E '^(public |abstract |final |sealed |non-sealed )*(class|interface|record|enum|@interface) ' "$file" || true)
	[ -z "$declaration" ] && continue
	total=$((total + 1))
	case "$declaration" in public*) ;; *) private=$((private + 1)) ;; esac
done < <(find "$src" -name '*.java' ! -name package-info.java)
echo "top-level types: $total, package-private: $private ($((100 * private / total)) %)"
echo "source files over 300 lines:"
find "$src" -name '*.java' -exec wc -l {} + | grep -v ' total$' | awk '$1 > 300 { printf "  %5d %s\n", $1, $2 }' | sort -rn
echo "lines per module (share of all):"
all=$(find "$src" -name '*.java' -exec cat {} + | wc -l)
for module in "$src"/*/; do
	lines=$(find "$module" -name '*.java' -exec cat {} + | wc -l)
	roots=$(find "$module" -maxdepth 1 -name '*.java' ! -name package-info.java | wc -l)
	printf "  %-16s %6d lines %3d %%  %3d files in the root package\n" "$(basename "$module")" "$lines" $((100 * lines / all)) "$roots"
done
if command -v duplicates > /dev/null; then
	echo "repeated blocks (duplicates, src/main):"
	duplicates --repo src/main --most 200 --seconds 120 | head -1
fi
