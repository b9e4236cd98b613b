# engine/module.mk - libldap is not linked: engine/maps/ldap_lib.c loads
# it when the first ldap map opens, by the file name (SONAME) that the
# development link libldap.so points at on the build machine.
LDAP_SONAME = $(shell objdump -p "$$($(CC) -print-file-name=libldap.so)" 2> /dev/null | awk '/SONAME/ { print $$2 }')
$(BUILD)/obj/engine/maps/ldap_lib.o: CPPFLAGS += $(if $(LDAP_SONAME),-DLDAP_SONAME='"$(LDAP_SONAME)"')
