#!/bin/bash
# drive jdb with a command list, one command per second
cmds="$1"; shift
( sleep 2; while IFS= read -r c; do echo "$c"; sleep ${JDB_DELAY:-1.5}; done < "$cmds"; echo quit ) | nice jdb -sourcepath src:gen "$@"
