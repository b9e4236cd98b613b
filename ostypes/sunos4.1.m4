dnl ostypes/sunos4.1.m4: OSTYPE(`sunos4.1') -- SunOS 4.1.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
define(`confEBINDIR', `/usr/lib')dnl
