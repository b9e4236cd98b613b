dnl ostypes/ultrix4.m4: OSTYPE(`ultrix4') -- DEC Ultrix 4.
dnl define forces a value; smcf_default keeps one the .mc set earlier.
define(`confEBINDIR', `/usr/lib')dnl
