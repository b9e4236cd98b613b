# compiler/module.mk - Flex scanner and Bison parser of the record stream
# that the m4 prelude prints.  Generated files live under $(BUILD)/gen;
# the parser header is made before the scanner that includes it.

# The rules below come before the Makefile's own `all'; keep it the goal.
.DEFAULT_GOAL := all

COMPILER_GEN = $(BUILD)/gen/compiler
GEN_SRCS += $(COMPILER_GEN)/lexer.c $(COMPILER_GEN)/parser.c

$(COMPILER_GEN)/parser.c $(COMPILER_GEN)/parser.h &: compiler/parser.y
	@mkdir -p $(COMPILER_GEN)
	bison -Wall --defines=$(COMPILER_GEN)/parser.h -o $(COMPILER_GEN)/parser.c $<

$(COMPILER_GEN)/lexer.c: compiler/lexer.l $(COMPILER_GEN)/parser.h
	@mkdir -p $(COMPILER_GEN)
	flex -o $@ $<

# Objects that include the generated header.
$(BUILD)/obj/$(COMPILER_GEN)/lexer.o $(BUILD)/obj/$(COMPILER_GEN)/parser.o: $(COMPILER_GEN)/parser.h
