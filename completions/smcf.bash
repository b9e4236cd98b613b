# bash completion for smcf (installed as share/bash-completion/completions/smcf).
#
# Commands and options come from smcf itself: each option is read from the
# option lines of `smcf COMMAND --help', so this file never lists them
# again.  It knows only which options take a value and what values fit:
# files for -C/-o/--expect, folders for -I and --root, fixed words for
# --format, --map, --severity, --color and makemap's TYPE, and the entry
# names of the file `smcf show' is given.

# Options of COMMAND, from its --help (lines "  -x ARG, --long=ARG  text").
_smcf_options()
{
	"$1" "$2" --help 2> /dev/null | awk '
		/^  -/ {
			sub(/^  /, "")
			sub(/  .*/, "")		# drop the description
			n = split($0, alt, /, /)
			for (i = 1; i <= n; i++) {
				opt = alt[i]
				sub(/ .*/, "", opt)	# drop a separate value ("-C FILE")
				sub(/=.*/, "=", opt)	# keep "--format=" ready for a value
				print opt
			}
		}'
}

_smcf()
{
	local cur prev words cword smcf cmd i
	if declare -F _init_completion > /dev/null; then
		_init_completion -n = || return
	elif [ -n "${COMP_LINE-}" ]; then
		# without bash-completion: split the line on blanks only, so that
		# --format=j stays one word (bash itself splits at the =)
		local line=${COMP_LINE:0:COMP_POINT}
		read -ra words <<< "$line"
		[[ -z $line || $line == *[[:space:]] ]] && words+=("")
		cword=$((${#words[@]} - 1))
		cur=${words[cword]}
		prev=${words[cword-1]-}
	else
		words=("${COMP_WORDS[@]}")
		cword=$COMP_CWORD
		cur=${words[cword]}
		prev=${words[cword-1]-}
	fi
	smcf=${words[0]}

	# the command is the first word after smcf
	cmd=
	for ((i = 1; i < cword; i++)); do
		case ${words[i]} in
		-*) ;;
		*) cmd=${words[i]}; break ;;
		esac
	done
	if [ -z "$cmd" ]; then
		COMPREPLY=($(compgen -W "build test makemap lint policy show site help version --help --version" -- "$cur"))
		return
	fi

	case $cmd in
	help)
		COMPREPLY=($(compgen -W "build test makemap lint policy show site version" -- "$cur"))
		return ;;
	version)
		return ;;
	esac

	# values of options
	local kinds="access mailertable virtusertable genericstable domaintable authinfo aliases"
	case $cur in
	--color=*)
		COMPREPLY=($(compgen -W "auto always never" -- "${cur#*=}")); return ;;
	--format=*)
		COMPREPLY=($(compgen -W "text gcc json sarif" -- "${cur#*=}")); return ;;
	--severity=*)
		COMPREPLY=($(compgen -W "error warning info" -- "${cur#*=}")); return ;;
	--map=*)
		COMPREPLY=($(compgen -W "$kinds" -- "${cur#*=}")); return ;;
	esac
	case $cmd:$prev in
	lint:--map)
		COMPREPLY=($(compgen -W "$kinds" -- "$cur")); return ;;
	build:-I|show:-I|site:--root)
		COMPREPLY=($(compgen -d -- "$cur")); return ;;
	build:-D|build:-j|show:-D|test:-d|test:-O|makemap:-c|makemap:-D|makemap:-t|makemap:-q)
		return ;;
	makemap:-i)
		COMPREPLY=($(compgen -W "$("$smcf" makemap -l 2> /dev/null)" -- "$cur")); return ;;
	build:-o|test:-C|test:--expect|makemap:-C)
		COMPREPLY=($(compgen -f -- "$cur")); return ;;
	esac

	if [[ $cur == -* ]]; then
		COMPREPLY=($(compgen -W "$(_smcf_options "$smcf" "$cmd")" -- "$cur"))
		[[ ${COMPREPLY[0]-} == *= ]] && compopt -o nospace 2> /dev/null
		return
	fi

	# show: after the file, the names of its entries
	if [ "$cmd" = show ]; then
		local file=
		for ((i = i + 1; i < cword; i++)); do
			case ${words[i]} in
			-[DI]) ((i++)) ;;
			-*) ;;
			*) file=${words[i]}; break ;;
			esac
		done
		if [ -n "$file" ]; then
			COMPREPLY=($(compgen -W "$("$smcf" show "$file" 2> /dev/null | sed 's/ = .*//; s/ (not set)$//')" -- "$cur"))
			return
		fi
	fi

	# operands: makemap's TYPE first, then files
	if [ "$cmd" = makemap ]; then
		local operands=0
		for ((i = i + 1; i < cword; i++)); do
			case ${words[i]} in
			-[CcDitq]) ((i++)) ;;
			-*) ;;
			*) ((operands++)) ;;
			esac
		done
		if [ $operands = 0 ]; then
			COMPREPLY=($(compgen -W "$("$smcf" makemap -L 2> /dev/null)" -- "$cur"))
			return
		fi
	fi
	COMPREPLY=($(compgen -f -- "$cur"))
}
complete -F _smcf smcf
