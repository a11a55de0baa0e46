# Helpers shared by bench/run.sh and bench/floor.sh (sourced; bash).

# median: the median of the numbers on stdin ("nan" when there are none)
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# generated_tree DIR MODULES ROOT: sets $tree to DIR/mMODULES, a generated project of MODULES
# modules x 50 sources x 2 flavours with the injected fault, generating it (with ROOT's test
# classes) unless an earlier run did; DIR/mMODULES.info says what the generator wrote.
generated_tree() {
  tree=$1/m$2
  if [ ! -f "$tree/.generated" ]; then
    rm -rf "$tree"
    java -cp "$3/target/test-classes" dev.makelint.bench.ProjectGenerator "$tree" "$2" 50 2 --fault > "$tree.info"
    touch "$tree/.generated"
  fi
}
