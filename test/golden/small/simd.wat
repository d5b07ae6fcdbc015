(module
 (type $0 (func))
 (type $1 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32)))
 (type $2 (func (param i32 i32 i32 i32 i32 i32)))
 (type $3 (func (param i32 i32 i32 i32 i32)))
 (type $4 (func (param i32 i32 i32 i32)))
 (type $5 (func (param i32 i32)))
 (type $6 (func (param i32 i32 i32)))
 (type $7 (func (param f64) (result f64)))
 (type $8 (func (param i32 f64 f64 i32 i32 i32)))
 (type $9 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result f64)))
 (type $10 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 f32 f32 f32 f32 f32 f32 i32)))
 (type $11 (func (param i32 i32) (result f64)))
 (type $12 (func (param i32)))
 (global $global$0 i32 (i32.const 28160))
 (global $global$1 i32 (i32.const 19456))
 (global $global$2 v128 (v128.const i32x4 0x40c00000 0x40c00000 0x40c00000 0x40c00000))
 (global $global$3 v128 (v128.const i32x4 0xc2b0999a 0xc2b0999a 0xc2b0999a 0xc2b0999a))
 (global $global$4 v128 (v128.const i32x4 0x42ae999a 0x42ae999a 0x42ae999a 0x42ae999a))
 (global $global$5 v128 (v128.const i32x4 0xbfb8aa3b 0xbfb8aa3b 0xbfb8aa3b 0xbfb8aa3b))
 (global $global$6 v128 (v128.const i32x4 0x4b40007f 0x4b40007f 0x4b40007f 0x4b40007f))
 (global $global$7 v128 (v128.const i32x4 0x3f317218 0x3f317218 0x3f317218 0x3f317218))
 (global $global$8 v128 (v128.const i32x4 0xbc07f2dd 0xbc07f2dd 0xbc07f2dd 0xbc07f2dd))
 (global $global$9 v128 (v128.const i32x4 0x3d2baf81 0x3d2baf81 0x3d2baf81 0x3d2baf81))
 (global $global$10 v128 (v128.const i32x4 0xbe2aad0c 0xbe2aad0c 0xbe2aad0c 0xbe2aad0c))
 (global $global$11 v128 (v128.const i32x4 0x3efffe8d 0x3efffe8d 0x3efffe8d 0x3efffe8d))
 (global $global$12 v128 (v128.const i32x4 0xbf7ffffb 0xbf7ffffb 0xbf7ffffb 0xbf7ffffb))
 (global $global$13 v128 (v128.const i32x4 0x3f800001 0x3f800001 0x3f800001 0x3f800001))
 (global $global$14 v128 (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000))
 (global $global$15 v128 (v128.const i32x4 0x40400000 0x40400000 0x40400000 0x40400000))
 (global $global$16 v128 (v128.const i32x4 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab))
 (global $global$17 (mut f64) (f64.const 0))
 (global $global$18 (mut f64) (f64.const 0))
 (global $global$19 (mut f64) (f64.const 0))
 (global $global$20 (mut f64) (f64.const 0))
 (global $global$21 (mut i32) (i32.const 0))
 (global $global$22 (mut i32) (i32.const 0))
 (global $global$23 (mut i32) (i32.const 0))
 (global $global$24 (mut i32) (i32.const 0))
 (global $global$25 (mut i32) (i32.const 0))
 (global $global$26 (mut f64) (f64.const 0))
 (global $global$27 (mut f64) (f64.const 0))
 (global $global$28 (mut f64) (f64.const 0))
 (global $global$29 (mut f64) (f64.const 0))
 (global $global$30 (mut f64) (f64.const 0))
 (global $global$31 (mut f64) (f64.const 0))
 (global $global$32 i32 (i32.const 31232))
 (global $global$33 i32 (i32.const 14))
 (memory $0 1 65536)
 (table $0 14 14 funcref)
 (elem $0 (i32.const 0) $17 $18 $19 $20 $21 $22 $23 $24 $25 $26 $27 $28 $29 $30)
 (export "memory" (memory $0))
 (export "input" (global $global$0))
 (export "output" (global $global$1))
 (export "preprocess_staging" (global $global$32))
 (export "preprocess_bytes" (func $37))
 (export "preprocess" (func $38))
 (export "layers" (global $global$33))
 (export "run_layer" (func $39))
 (export "run" (func $40))
 (func $0 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 v128)
  (local.set $6
   (i32.add
    (local.get $3)
    (local.get $4)
   )
  )
  (local.set $5
   (local.get $3)
  )
  (block $block
   (loop $label7
    (br_if $block
     (i32.ge_s
      (local.get $5)
      (local.get $6)
     )
    )
    (local.set $12
     (i32.sub
      (i32.mul
       (local.get $5)
       (i32.const 2)
      )
      (i32.const 1)
     )
    )
    (local.set $26
     (i32.lt_u
      (i32.add
       (local.get $12)
       (i32.const 0)
      )
      (i32.const 16)
     )
    )
    (local.set $28
     (i32.lt_u
      (i32.add
       (local.get $12)
       (i32.const 1)
      )
      (i32.const 16)
     )
    )
    (local.set $30
     (i32.lt_u
      (i32.add
       (local.get $12)
       (i32.const 2)
      )
      (i32.const 16)
     )
    )
    (local.set $14
     (select
      (i32.sub
       (i32.const 0)
       (local.get $12)
      )
      (i32.const 0)
      (i32.lt_s
       (local.get $12)
       (i32.const 0)
      )
     )
    )
    (local.set $15
     (i32.sub
      (i32.const 16)
      (local.get $12)
     )
    )
    (local.set $15
     (i32.sub
      (select
       (i32.const 3)
       (local.get $15)
       (i32.gt_s
        (local.get $15)
        (i32.const 3)
       )
      )
      (local.get $14)
     )
    )
    (local.set $17
     (i32.add
      (local.get $0)
      (i32.shl
       (i32.sub
        (i32.mul
         (i32.add
          (local.get $12)
          (local.get $14)
         )
         (i32.const 16)
        )
        (i32.const 1)
       )
       (i32.const 2)
      )
     )
    )
    (local.set $16
     (i32.add
      (i32.mul
       (local.get $14)
       (i32.const 96)
      )
      (i32.const 32)
     )
    )
    (local.set $23
     (i32.mul
      (i32.sub
       (i32.const 16)
       (local.get $15)
      )
      (i32.const 64)
     )
    )
    (local.set $24
     (i32.mul
      (i32.sub
       (i32.const 3)
       (local.get $15)
      )
      (i32.const 96)
     )
    )
    (local.set $25
     (select
      (i32.const 5)
      (i32.const 1)
      (i32.gt_s
       (local.get $15)
       (i32.const 0)
      )
     )
    )
    (local.set $7
     (i32.const 1)
    )
    (block $block1
     (loop $label4
      (br_if $block1
       (i32.ge_s
        (local.get $7)
        (local.get $25)
       )
      )
      (local.set $18
       (i32.add
        (local.get $17)
        (i32.mul
         (local.get $7)
         (i32.const 8)
        )
       )
      )
      (local.set $11
       (i32.add
        (local.get $2)
        (i32.mul
         (i32.add
          (i32.mul
           (local.get $5)
           (i32.const 8)
          )
          (local.get $7)
         )
         (i32.const 32)
        )
       )
      )
      (local.set $9
       (local.get $1)
      )
      (local.set $8
       (i32.const 0)
      )
      (block $block2
       (loop $label3
        (br_if $block2
         (i32.ge_s
          (local.get $8)
          (i32.const 1)
         )
        )
        (local.set $37
         (v128.load
          (local.get $9)
         )
        )
        (local.set $38
         (v128.load offset=16
          (local.get $9)
         )
        )
        (local.set $40
         (v128.load
          (local.get $9)
         )
        )
        (local.set $41
         (v128.load offset=16
          (local.get $9)
         )
        )
        (local.set $43
         (v128.load
          (local.get $9)
         )
        )
        (local.set $44
         (v128.load offset=16
          (local.get $9)
         )
        )
        (local.set $46
         (v128.load
          (local.get $9)
         )
        )
        (local.set $47
         (v128.load offset=16
          (local.get $9)
         )
        )
        (local.set $10
         (local.get $18)
        )
        (local.set $19
         (i32.add
          (local.get $9)
          (local.get $16)
         )
        )
        (local.set $20
         (i32.const 3)
        )
        (loop $label2
         (local.set $21
          (local.get $15)
         )
         (loop $label1
          (local.set $22
           (i32.const 3)
          )
          (loop $label
           (local.set $35
            (v128.load
             (local.get $19)
            )
           )
           (local.set $36
            (v128.load offset=16
             (local.get $19)
            )
           )
           (local.set $39
            (v128.load32_splat
             (local.get $10)
            )
           )
           (local.set $42
            (v128.load32_splat offset=8
             (local.get $10)
            )
           )
           (local.set $45
            (v128.load32_splat offset=16
             (local.get $10)
            )
           )
           (local.set $48
            (v128.load32_splat offset=24
             (local.get $10)
            )
           )
           (local.set $37
            (f32x4.add
             (local.get $37)
             (f32x4.mul
              (local.get $39)
              (local.get $35)
             )
            )
           )
           (local.set $38
            (f32x4.add
             (local.get $38)
             (f32x4.mul
              (local.get $39)
              (local.get $36)
             )
            )
           )
           (local.set $40
            (f32x4.add
             (local.get $40)
             (f32x4.mul
              (local.get $42)
              (local.get $35)
             )
            )
           )
           (local.set $41
            (f32x4.add
             (local.get $41)
             (f32x4.mul
              (local.get $42)
              (local.get $36)
             )
            )
           )
           (local.set $43
            (f32x4.add
             (local.get $43)
             (f32x4.mul
              (local.get $45)
              (local.get $35)
             )
            )
           )
           (local.set $44
            (f32x4.add
             (local.get $44)
             (f32x4.mul
              (local.get $45)
              (local.get $36)
             )
            )
           )
           (local.set $46
            (f32x4.add
             (local.get $46)
             (f32x4.mul
              (local.get $48)
              (local.get $35)
             )
            )
           )
           (local.set $47
            (f32x4.add
             (local.get $47)
             (f32x4.mul
              (local.get $48)
              (local.get $36)
             )
            )
           )
           (local.set $10
            (i32.add
             (local.get $10)
             (i32.const 4)
            )
           )
           (local.set $19
            (i32.add
             (local.get $19)
             (i32.const 32)
            )
           )
           (br_if $label
            (local.tee $22
             (i32.sub
              (local.get $22)
              (i32.const 1)
             )
            )
           )
          )
          (local.set $10
           (i32.add
            (local.get $10)
            (i32.const 52)
           )
          )
          (br_if $label1
           (local.tee $21
            (i32.sub
             (local.get $21)
             (i32.const 1)
            )
           )
          )
         )
         (local.set $10
          (i32.add
           (local.get $10)
           (local.get $23)
          )
         )
         (local.set $19
          (i32.add
           (local.get $19)
           (local.get $24)
          )
         )
         (br_if $label2
          (local.tee $20
           (i32.sub
            (local.get $20)
            (i32.const 1)
           )
          )
         )
        )
        (v128.store
         (local.get $11)
         (f32x4.pmax
          (local.get $37)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
        )
        (v128.store offset=16
         (local.get $11)
         (f32x4.pmax
          (local.get $38)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
        )
        (v128.store offset=32
         (local.get $11)
         (f32x4.pmax
          (local.get $40)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
        )
        (v128.store offset=48
         (local.get $11)
         (f32x4.pmax
          (local.get $41)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
        )
        (v128.store offset=64
         (local.get $11)
         (f32x4.pmax
          (local.get $43)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
        )
        (v128.store offset=80
         (local.get $11)
         (f32x4.pmax
          (local.get $44)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
        )
        (v128.store offset=96
         (local.get $11)
         (f32x4.pmax
          (local.get $46)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
        )
        (v128.store offset=112
         (local.get $11)
         (f32x4.pmax
          (local.get $47)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
        )
        (local.set $11
         (i32.add
          (local.get $11)
          (i32.const 32)
         )
        )
        (local.set $9
         (i32.add
          (local.get $9)
          (i32.const 896)
         )
        )
        (local.set $8
         (i32.add
          (local.get $8)
          (i32.const 1)
         )
        )
        (br $label3)
       )
       (unreachable)
      )
      (local.set $7
       (i32.add
        (local.get $7)
        (i32.const 4)
       )
      )
      (br $label4)
     )
     (unreachable)
    )
    (local.set $7
     (i32.const 0)
    )
    (block $block3
     (loop $label6
      (if
       (i32.eq
        (local.get $7)
        (i32.const 1)
       )
       (then
        (local.set $7
         (local.get $25)
        )
       )
      )
      (br_if $block3
       (i32.ge_s
        (local.get $7)
        (i32.const 8)
       )
      )
      (local.set $13
       (i32.sub
        (i32.mul
         (local.get $7)
         (i32.const 2)
        )
        (i32.const 1)
       )
      )
      (local.set $27
       (i32.lt_u
        (i32.add
         (local.get $13)
         (i32.const 0)
        )
        (i32.const 16)
       )
      )
      (local.set $29
       (i32.lt_u
        (i32.add
         (local.get $13)
         (i32.const 1)
        )
        (i32.const 16)
       )
      )
      (local.set $31
       (i32.lt_u
        (i32.add
         (local.get $13)
         (i32.const 2)
        )
        (i32.const 16)
       )
      )
      (local.set $10
       (i32.add
        (local.get $0)
        (i32.shl
         (i32.add
          (i32.mul
           (local.get $12)
           (i32.const 16)
          )
          (local.get $13)
         )
         (i32.const 2)
        )
       )
      )
      (local.set $11
       (i32.add
        (local.get $2)
        (i32.mul
         (i32.add
          (i32.mul
           (local.get $5)
           (i32.const 8)
          )
          (local.get $7)
         )
         (i32.const 32)
        )
       )
      )
      (local.set $8
       (i32.const 0)
      )
      (block $block4
       (loop $label5
        (br_if $block4
         (i32.ge_s
          (local.get $8)
          (i32.const 1)
         )
        )
        (local.set $9
         (i32.add
          (local.get $1)
          (i32.mul
           (local.get $8)
           (i32.const 896)
          )
         )
        )
        (local.set $32
         (v128.load
          (local.get $9)
         )
        )
        (local.set $33
         (v128.load offset=16
          (local.get $9)
         )
        )
        (if
         (i32.and
          (local.get $26)
          (local.get $27)
         )
         (then
          (local.set $34
           (v128.load32_splat
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=32
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=48
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $26)
          (local.get $29)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=4
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=64
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=80
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $26)
          (local.get $31)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=8
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=96
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=112
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $28)
          (local.get $27)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=64
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=128
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=144
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $28)
          (local.get $29)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=68
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=160
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=176
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $28)
          (local.get $31)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=72
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=192
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=208
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $30)
          (local.get $27)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=128
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=224
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=240
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $30)
          (local.get $29)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=132
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=256
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=272
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $30)
          (local.get $31)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=136
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=288
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=304
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $26)
          (local.get $27)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=1024
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=320
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=336
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $26)
          (local.get $29)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=1028
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=352
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=368
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $26)
          (local.get $31)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=1032
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=384
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=400
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $28)
          (local.get $27)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=1088
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=416
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=432
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $28)
          (local.get $29)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=1092
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=448
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=464
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $28)
          (local.get $31)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=1096
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=480
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=496
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $30)
          (local.get $27)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=1152
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=512
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=528
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $30)
          (local.get $29)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=1156
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=544
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=560
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $30)
          (local.get $31)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=1160
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=576
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=592
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $26)
          (local.get $27)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=2048
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=608
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=624
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $26)
          (local.get $29)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=2052
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=640
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=656
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $26)
          (local.get $31)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=2056
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=672
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=688
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $28)
          (local.get $27)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=2112
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=704
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=720
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $28)
          (local.get $29)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=2116
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=736
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=752
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $28)
          (local.get $31)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=2120
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=768
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=784
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $30)
          (local.get $27)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=2176
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=800
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=816
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $30)
          (local.get $29)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=2180
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=832
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=848
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (if
         (i32.and
          (local.get $30)
          (local.get $31)
         )
         (then
          (local.set $34
           (v128.load32_splat offset=2184
            (local.get $10)
           )
          )
          (local.set $32
           (f32x4.add
            (local.get $32)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=864
              (local.get $9)
             )
            )
           )
          )
          (local.set $33
           (f32x4.add
            (local.get $33)
            (f32x4.mul
             (local.get $34)
             (v128.load offset=880
              (local.get $9)
             )
            )
           )
          )
         )
        )
        (v128.store
         (i32.add
          (local.get $11)
          (i32.shl
           (local.get $8)
           (i32.const 5)
          )
         )
         (f32x4.pmax
          (local.get $32)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $11)
          (i32.shl
           (local.get $8)
           (i32.const 5)
          )
         )
         (f32x4.pmax
          (local.get $33)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
        )
        (local.set $8
         (i32.add
          (local.get $8)
          (i32.const 1)
         )
        )
        (br $label5)
       )
       (unreachable)
      )
      (local.set $7
       (i32.add
        (local.get $7)
        (i32.const 1)
       )
      )
      (br $label6)
     )
     (unreachable)
    )
    (local.set $5
     (i32.add
      (local.get $5)
      (i32.const 1)
     )
    )
    (br $label7)
   )
   (unreachable)
  )
 )
 (func $1 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local.set $15
   (i32.shl
    (local.get $3)
    (i32.const 4)
   )
  )
  (local.set $7
   (i32.add
    (local.get $4)
    (local.get $5)
   )
  )
  (local.set $6
   (local.get $4)
  )
  (block $block
   (loop $label4
    (br_if $block
     (i32.ge_s
      (local.get $6)
      (local.get $7)
     )
    )
    (local.set $9
     (i32.sub
      (i32.mul
       (local.get $6)
       (i32.const 1)
      )
      (i32.const 1)
     )
    )
    (local.set $10
     (select
      (i32.sub
       (i32.const 0)
       (local.get $9)
      )
      (i32.const 0)
      (i32.lt_s
       (local.get $9)
       (i32.const 0)
      )
     )
    )
    (local.set $11
     (i32.sub
      (i32.const 8)
      (local.get $9)
     )
    )
    (local.set $11
     (select
      (i32.const 3)
      (local.get $11)
      (i32.gt_s
       (local.get $11)
       (i32.const 3)
      )
     )
    )
    (local.set $20
     (i32.add
      (local.get $0)
      (i32.mul
       (i32.sub
        (i32.mul
         (i32.add
          (local.get $9)
          (local.get $10)
         )
         (i32.const 8)
        )
        (i32.const 1)
       )
       (i32.const 32)
      )
     )
    )
    (local.set $13
     (i32.mul
      (local.get $10)
      (i32.const 48)
     )
    )
    (local.set $21
     (i32.add
      (local.get $2)
      (i32.mul
       (local.get $6)
       (i32.const 256)
      )
     )
    )
    (local.set $22
     (i32.add
      (local.get $20)
      (i32.mul
       (i32.const 0)
       (i32.const 32)
      )
     )
    )
    (local.set $23
     (i32.add
      (local.get $21)
      (i32.mul
       (i32.const 0)
       (i32.const 32)
      )
     )
    )
    (local.set $16
     (local.get $1)
    )
    (local.set $14
     (i32.const 0)
    )
    (block $block1
     (loop $label1
      (br_if $block1
       (i32.ge_s
        (local.get $14)
        (local.get $15)
       )
      )
      (local.set $24
       (v128.load
        (local.get $16)
       )
      )
      (local.set $25
       (v128.load
        (local.get $16)
       )
      )
      (local.set $26
       (v128.load
        (local.get $16)
       )
      )
      (local.set $27
       (v128.load
        (local.get $16)
       )
      )
      (local.set $28
       (v128.load
        (local.get $16)
       )
      )
      (local.set $29
       (v128.load
        (local.get $16)
       )
      )
      (local.set $30
       (v128.load
        (local.get $16)
       )
      )
      (local.set $18
       (i32.add
        (i32.add
         (local.get $22)
         (local.get $14)
        )
        (i32.const 0)
       )
      )
      (local.set $17
       (i32.add
        (i32.add
         (local.get $16)
         (local.get $13)
        )
        (i32.const 16)
       )
      )
      (local.set $12
       (local.get $10)
      )
      (block $block2
       (loop $label
        (br_if $block2
         (i32.ge_s
          (local.get $12)
          (local.get $11)
         )
        )
        (local.set $31
         (v128.load
          (local.get $17)
         )
        )
        (local.set $32
         (v128.load offset=16
          (local.get $17)
         )
        )
        (local.set $33
         (v128.load offset=32
          (local.get $17)
         )
        )
        (local.set $34
         (v128.load offset=32
          (local.get $18)
         )
        )
        (local.set $24
         (f32x4.add
          (local.get $24)
          (f32x4.mul
           (local.get $34)
           (local.get $32)
          )
         )
        )
        (local.set $25
         (f32x4.add
          (local.get $25)
          (f32x4.mul
           (local.get $34)
           (local.get $31)
          )
         )
        )
        (local.set $34
         (v128.load offset=64
          (local.get $18)
         )
        )
        (local.set $24
         (f32x4.add
          (local.get $24)
          (f32x4.mul
           (local.get $34)
           (local.get $33)
          )
         )
        )
        (local.set $25
         (f32x4.add
          (local.get $25)
          (f32x4.mul
           (local.get $34)
           (local.get $32)
          )
         )
        )
        (local.set $26
         (f32x4.add
          (local.get $26)
          (f32x4.mul
           (local.get $34)
           (local.get $31)
          )
         )
        )
        (local.set $34
         (v128.load offset=96
          (local.get $18)
         )
        )
        (local.set $25
         (f32x4.add
          (local.get $25)
          (f32x4.mul
           (local.get $34)
           (local.get $33)
          )
         )
        )
        (local.set $26
         (f32x4.add
          (local.get $26)
          (f32x4.mul
           (local.get $34)
           (local.get $32)
          )
         )
        )
        (local.set $27
         (f32x4.add
          (local.get $27)
          (f32x4.mul
           (local.get $34)
           (local.get $31)
          )
         )
        )
        (local.set $34
         (v128.load offset=128
          (local.get $18)
         )
        )
        (local.set $26
         (f32x4.add
          (local.get $26)
          (f32x4.mul
           (local.get $34)
           (local.get $33)
          )
         )
        )
        (local.set $27
         (f32x4.add
          (local.get $27)
          (f32x4.mul
           (local.get $34)
           (local.get $32)
          )
         )
        )
        (local.set $28
         (f32x4.add
          (local.get $28)
          (f32x4.mul
           (local.get $34)
           (local.get $31)
          )
         )
        )
        (local.set $34
         (v128.load offset=160
          (local.get $18)
         )
        )
        (local.set $27
         (f32x4.add
          (local.get $27)
          (f32x4.mul
           (local.get $34)
           (local.get $33)
          )
         )
        )
        (local.set $28
         (f32x4.add
          (local.get $28)
          (f32x4.mul
           (local.get $34)
           (local.get $32)
          )
         )
        )
        (local.set $29
         (f32x4.add
          (local.get $29)
          (f32x4.mul
           (local.get $34)
           (local.get $31)
          )
         )
        )
        (local.set $34
         (v128.load offset=192
          (local.get $18)
         )
        )
        (local.set $28
         (f32x4.add
          (local.get $28)
          (f32x4.mul
           (local.get $34)
           (local.get $33)
          )
         )
        )
        (local.set $29
         (f32x4.add
          (local.get $29)
          (f32x4.mul
           (local.get $34)
           (local.get $32)
          )
         )
        )
        (local.set $30
         (f32x4.add
          (local.get $30)
          (f32x4.mul
           (local.get $34)
           (local.get $31)
          )
         )
        )
        (local.set $34
         (v128.load offset=224
          (local.get $18)
         )
        )
        (local.set $29
         (f32x4.add
          (local.get $29)
          (f32x4.mul
           (local.get $34)
           (local.get $33)
          )
         )
        )
        (local.set $30
         (f32x4.add
          (local.get $30)
          (f32x4.mul
           (local.get $34)
           (local.get $32)
          )
         )
        )
        (local.set $34
         (v128.load offset=256
          (local.get $18)
         )
        )
        (local.set $30
         (f32x4.add
          (local.get $30)
          (f32x4.mul
           (local.get $34)
           (local.get $33)
          )
         )
        )
        (local.set $18
         (i32.add
          (local.get $18)
          (i32.const 256)
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (i32.const 48)
         )
        )
        (local.set $12
         (i32.add
          (local.get $12)
          (i32.const 1)
         )
        )
        (br $label)
       )
       (unreachable)
      )
      (local.set $19
       (i32.add
        (local.get $23)
        (local.get $14)
       )
      )
      (v128.store
       (local.get $19)
       (f32x4.pmax
        (local.get $24)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (v128.store offset=32
       (local.get $19)
       (f32x4.pmax
        (local.get $25)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (v128.store offset=64
       (local.get $19)
       (f32x4.pmax
        (local.get $26)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (v128.store offset=96
       (local.get $19)
       (f32x4.pmax
        (local.get $27)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (v128.store offset=128
       (local.get $19)
       (f32x4.pmax
        (local.get $28)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (v128.store offset=160
       (local.get $19)
       (f32x4.pmax
        (local.get $29)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (v128.store offset=192
       (local.get $19)
       (f32x4.pmax
        (local.get $30)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (local.set $16
       (i32.add
        (local.get $16)
        (i32.const 160)
       )
      )
      (local.set $14
       (i32.add
        (local.get $14)
        (i32.const 16)
       )
      )
      (br $label1)
     )
     (unreachable)
    )
    (local.set $22
     (i32.add
      (local.get $20)
      (i32.mul
       (i32.const 7)
       (i32.const 32)
      )
     )
    )
    (local.set $23
     (i32.add
      (local.get $21)
      (i32.mul
       (i32.const 7)
       (i32.const 32)
      )
     )
    )
    (local.set $16
     (local.get $1)
    )
    (local.set $14
     (i32.const 0)
    )
    (block $block3
     (loop $label3
      (br_if $block3
       (i32.ge_s
        (local.get $14)
        (local.get $15)
       )
      )
      (local.set $24
       (v128.load
        (local.get $16)
       )
      )
      (local.set $18
       (i32.add
        (i32.add
         (local.get $22)
         (local.get $14)
        )
        (i32.const 0)
       )
      )
      (local.set $17
       (i32.add
        (i32.add
         (local.get $16)
         (local.get $13)
        )
        (i32.const 16)
       )
      )
      (local.set $12
       (local.get $10)
      )
      (block $block4
       (loop $label2
        (br_if $block4
         (i32.ge_s
          (local.get $12)
          (local.get $11)
         )
        )
        (local.set $31
         (v128.load
          (local.get $17)
         )
        )
        (local.set $32
         (v128.load offset=16
          (local.get $17)
         )
        )
        (local.set $34
         (v128.load
          (local.get $18)
         )
        )
        (local.set $24
         (f32x4.add
          (local.get $24)
          (f32x4.mul
           (local.get $34)
           (local.get $31)
          )
         )
        )
        (local.set $34
         (v128.load offset=32
          (local.get $18)
         )
        )
        (local.set $24
         (f32x4.add
          (local.get $24)
          (f32x4.mul
           (local.get $34)
           (local.get $32)
          )
         )
        )
        (local.set $18
         (i32.add
          (local.get $18)
          (i32.const 256)
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (i32.const 48)
         )
        )
        (local.set $12
         (i32.add
          (local.get $12)
          (i32.const 1)
         )
        )
        (br $label2)
       )
       (unreachable)
      )
      (local.set $19
       (i32.add
        (local.get $23)
        (local.get $14)
       )
      )
      (v128.store
       (local.get $19)
       (f32x4.pmax
        (local.get $24)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
      (local.set $16
       (i32.add
        (local.get $16)
        (i32.const 160)
       )
      )
      (local.set $14
       (i32.add
        (local.get $14)
        (i32.const 16)
       )
      )
      (br $label3)
     )
     (unreachable)
    )
    (local.set $6
     (i32.add
      (local.get $6)
      (i32.const 1)
     )
    )
    (br $label4)
   )
   (unreachable)
  )
 )
 (func $2 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local.set $18
   (i32.shl
    (i32.add
     (local.get $2)
     (i32.const 1)
    )
    (i32.const 5)
   )
  )
  (local.set $9
   (i32.const 0)
  )
  (block $block
   (loop $label3
    (br_if $block
     (i32.ge_s
      (local.get $9)
      (local.get $6)
     )
    )
    (local.set $10
     (select
      (i32.add
       (local.get $9)
       (local.get $8)
      )
      (local.get $6)
      (i32.lt_s
       (i32.add
        (local.get $9)
        (local.get $8)
       )
       (local.get $6)
      )
     )
    )
    (local.set $11
     (i32.const 0)
    )
    (block $block1
     (loop $label2
      (br_if $block1
       (i32.ge_s
        (local.get $11)
        (local.get $7)
       )
      )
      (local.set $13
       (i32.add
        (local.get $1)
        (i32.mul
         (local.get $11)
         (local.get $18)
        )
       )
      )
      (local.set $14
       (i32.shl
        (local.get $11)
        (i32.const 5)
       )
      )
      (local.set $12
       (local.get $9)
      )
      (block $block2
       (loop $label1
        (br_if $block2
         (i32.ge_s
          (local.get $12)
          (local.get $10)
         )
        )
        (local.set $20
         (v128.load
          (local.get $13)
         )
        )
        (local.set $21
         (v128.load offset=16
          (local.get $13)
         )
        )
        (local.set $22
         (local.get $20)
        )
        (local.set $23
         (local.get $21)
        )
        (local.set $24
         (local.get $20)
        )
        (local.set $25
         (local.get $21)
        )
        (local.set $26
         (local.get $20)
        )
        (local.set $27
         (local.get $21)
        )
        (local.set $19
         (i32.add
          (local.get $0)
          (i32.mul
           (local.get $12)
           (i32.const 32)
          )
         )
        )
        (local.set $15
         (i32.add
          (local.get $13)
          (i32.const 32)
         )
        )
        (local.set $16
         (local.get $2)
        )
        (loop $label
         (local.set $28
          (v128.load
           (local.get $15)
          )
         )
         (local.set $29
          (v128.load offset=16
           (local.get $15)
          )
         )
         (local.set $30
          (v128.load32_splat
           (local.get $19)
          )
         )
         (local.set $20
          (f32x4.add
           (local.get $20)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $21
          (f32x4.add
           (local.get $21)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $30
          (v128.load32_splat offset=32
           (local.get $19)
          )
         )
         (local.set $22
          (f32x4.add
           (local.get $22)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $23
          (f32x4.add
           (local.get $23)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $30
          (v128.load32_splat offset=64
           (local.get $19)
          )
         )
         (local.set $24
          (f32x4.add
           (local.get $24)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $25
          (f32x4.add
           (local.get $25)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $30
          (v128.load32_splat offset=96
           (local.get $19)
          )
         )
         (local.set $26
          (f32x4.add
           (local.get $26)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $27
          (f32x4.add
           (local.get $27)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $19
          (i32.add
           (local.get $19)
           (i32.const 4)
          )
         )
         (local.set $15
          (i32.add
           (local.get $15)
           (i32.const 32)
          )
         )
         (br_if $label
          (local.tee $16
           (i32.sub
            (local.get $16)
            (i32.const 1)
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (i32.mul
           (local.get $12)
           (local.get $4)
          )
          (local.get $14)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.add
          (local.get $20)
          (v128.load
           (i32.add
            (local.get $5)
            (local.get $17)
           )
          )
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.add
          (local.get $21)
          (v128.load offset=16
           (i32.add
            (local.get $5)
            (local.get $17)
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $4)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.add
          (local.get $22)
          (v128.load
           (i32.add
            (local.get $5)
            (local.get $17)
           )
          )
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.add
          (local.get $23)
          (v128.load offset=16
           (i32.add
            (local.get $5)
            (local.get $17)
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $4)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.add
          (local.get $24)
          (v128.load
           (i32.add
            (local.get $5)
            (local.get $17)
           )
          )
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.add
          (local.get $25)
          (v128.load offset=16
           (i32.add
            (local.get $5)
            (local.get $17)
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $4)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.add
          (local.get $26)
          (v128.load
           (i32.add
            (local.get $5)
            (local.get $17)
           )
          )
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.add
          (local.get $27)
          (v128.load offset=16
           (i32.add
            (local.get $5)
            (local.get $17)
           )
          )
         )
        )
        (local.set $12
         (i32.add
          (local.get $12)
          (i32.const 4)
         )
        )
        (br $label1)
       )
       (unreachable)
      )
      (local.set $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (br $label2)
     )
     (unreachable)
    )
    (local.set $9
     (local.get $10)
    )
    (local.set $9
     (i32.add
      (local.get $9)
      (i32.const 0)
     )
    )
    (br $label3)
   )
   (unreachable)
  )
 )
 (func $3 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local.set $18
   (i32.shl
    (i32.add
     (local.get $2)
     (i32.const 1)
    )
    (i32.const 5)
   )
  )
  (local.set $9
   (i32.const 0)
  )
  (block $block
   (loop $label3
    (br_if $block
     (i32.ge_s
      (local.get $9)
      (local.get $6)
     )
    )
    (local.set $10
     (select
      (i32.add
       (local.get $9)
       (local.get $8)
      )
      (local.get $6)
      (i32.lt_s
       (i32.add
        (local.get $9)
        (local.get $8)
       )
       (local.get $6)
      )
     )
    )
    (local.set $11
     (i32.const 0)
    )
    (block $block1
     (loop $label2
      (br_if $block1
       (i32.ge_s
        (local.get $11)
        (local.get $7)
       )
      )
      (local.set $13
       (i32.add
        (local.get $1)
        (i32.mul
         (local.get $11)
         (local.get $18)
        )
       )
      )
      (local.set $14
       (i32.shl
        (local.get $11)
        (i32.const 5)
       )
      )
      (local.set $12
       (local.get $9)
      )
      (block $block2
       (loop $label1
        (br_if $block2
         (i32.ge_s
          (local.get $12)
          (local.get $10)
         )
        )
        (local.set $20
         (v128.load
          (local.get $13)
         )
        )
        (local.set $21
         (v128.load offset=16
          (local.get $13)
         )
        )
        (local.set $22
         (local.get $20)
        )
        (local.set $23
         (local.get $21)
        )
        (local.set $24
         (local.get $20)
        )
        (local.set $25
         (local.get $21)
        )
        (local.set $26
         (local.get $20)
        )
        (local.set $27
         (local.get $21)
        )
        (local.set $19
         (i32.add
          (local.get $0)
          (i32.mul
           (local.get $12)
           (i32.const 32)
          )
         )
        )
        (local.set $15
         (i32.add
          (local.get $13)
          (i32.const 32)
         )
        )
        (local.set $16
         (local.get $2)
        )
        (loop $label
         (local.set $28
          (v128.load
           (local.get $15)
          )
         )
         (local.set $29
          (v128.load offset=16
           (local.get $15)
          )
         )
         (local.set $30
          (v128.load32_splat
           (local.get $19)
          )
         )
         (local.set $20
          (f32x4.add
           (local.get $20)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $21
          (f32x4.add
           (local.get $21)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $30
          (v128.load32_splat offset=32
           (local.get $19)
          )
         )
         (local.set $22
          (f32x4.add
           (local.get $22)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $23
          (f32x4.add
           (local.get $23)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $30
          (v128.load32_splat offset=64
           (local.get $19)
          )
         )
         (local.set $24
          (f32x4.add
           (local.get $24)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $25
          (f32x4.add
           (local.get $25)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $30
          (v128.load32_splat offset=96
           (local.get $19)
          )
         )
         (local.set $26
          (f32x4.add
           (local.get $26)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $27
          (f32x4.add
           (local.get $27)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $19
          (i32.add
           (local.get $19)
           (i32.const 4)
          )
         )
         (local.set $15
          (i32.add
           (local.get $15)
           (i32.const 32)
          )
         )
         (br_if $label
          (local.tee $16
           (i32.sub
            (local.get $16)
            (i32.const 1)
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (i32.mul
           (local.get $12)
           (local.get $4)
          )
          (local.get $14)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (block (result v128)
          (local.set $31
           (local.get $20)
          )
          (local.set $32
           (local.get $31)
          )
          (f32x4.div
           (local.get $31)
           (block (result v128)
            (local.set $32
             (f32x4.pmin
              (f32x4.pmax
               (local.get $32)
               (global.get $global$3)
              )
              (global.get $global$4)
             )
            )
            (local.set $33
             (f32x4.add
              (global.get $global$6)
              (f32x4.mul
               (local.get $32)
               (global.get $global$5)
              )
             )
            )
            (local.set $34
             (f32x4.sub
              (local.get $33)
              (global.get $global$6)
             )
            )
            (local.set $35
             (f32x4.add
              (local.get $32)
              (f32x4.mul
               (local.get $34)
               (global.get $global$7)
              )
             )
            )
            (local.set $36
             (global.get $global$8)
            )
            (local.set $36
             (f32x4.add
              (global.get $global$9)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$10)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$11)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$12)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$13)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (f32x4.add
             (global.get $global$14)
             (f32x4.mul
              (local.get $36)
              (i32x4.shl
               (local.get $33)
               (i32.const 23)
              )
             )
            )
           )
          )
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (block (result v128)
          (local.set $31
           (local.get $21)
          )
          (local.set $32
           (local.get $31)
          )
          (f32x4.div
           (local.get $31)
           (block (result v128)
            (local.set $32
             (f32x4.pmin
              (f32x4.pmax
               (local.get $32)
               (global.get $global$3)
              )
              (global.get $global$4)
             )
            )
            (local.set $33
             (f32x4.add
              (global.get $global$6)
              (f32x4.mul
               (local.get $32)
               (global.get $global$5)
              )
             )
            )
            (local.set $34
             (f32x4.sub
              (local.get $33)
              (global.get $global$6)
             )
            )
            (local.set $35
             (f32x4.add
              (local.get $32)
              (f32x4.mul
               (local.get $34)
               (global.get $global$7)
              )
             )
            )
            (local.set $36
             (global.get $global$8)
            )
            (local.set $36
             (f32x4.add
              (global.get $global$9)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$10)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$11)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$12)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$13)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (f32x4.add
             (global.get $global$14)
             (f32x4.mul
              (local.get $36)
              (i32x4.shl
               (local.get $33)
               (i32.const 23)
              )
             )
            )
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $4)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (block (result v128)
          (local.set $31
           (local.get $22)
          )
          (local.set $32
           (local.get $31)
          )
          (f32x4.div
           (local.get $31)
           (block (result v128)
            (local.set $32
             (f32x4.pmin
              (f32x4.pmax
               (local.get $32)
               (global.get $global$3)
              )
              (global.get $global$4)
             )
            )
            (local.set $33
             (f32x4.add
              (global.get $global$6)
              (f32x4.mul
               (local.get $32)
               (global.get $global$5)
              )
             )
            )
            (local.set $34
             (f32x4.sub
              (local.get $33)
              (global.get $global$6)
             )
            )
            (local.set $35
             (f32x4.add
              (local.get $32)
              (f32x4.mul
               (local.get $34)
               (global.get $global$7)
              )
             )
            )
            (local.set $36
             (global.get $global$8)
            )
            (local.set $36
             (f32x4.add
              (global.get $global$9)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$10)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$11)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$12)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$13)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (f32x4.add
             (global.get $global$14)
             (f32x4.mul
              (local.get $36)
              (i32x4.shl
               (local.get $33)
               (i32.const 23)
              )
             )
            )
           )
          )
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (block (result v128)
          (local.set $31
           (local.get $23)
          )
          (local.set $32
           (local.get $31)
          )
          (f32x4.div
           (local.get $31)
           (block (result v128)
            (local.set $32
             (f32x4.pmin
              (f32x4.pmax
               (local.get $32)
               (global.get $global$3)
              )
              (global.get $global$4)
             )
            )
            (local.set $33
             (f32x4.add
              (global.get $global$6)
              (f32x4.mul
               (local.get $32)
               (global.get $global$5)
              )
             )
            )
            (local.set $34
             (f32x4.sub
              (local.get $33)
              (global.get $global$6)
             )
            )
            (local.set $35
             (f32x4.add
              (local.get $32)
              (f32x4.mul
               (local.get $34)
               (global.get $global$7)
              )
             )
            )
            (local.set $36
             (global.get $global$8)
            )
            (local.set $36
             (f32x4.add
              (global.get $global$9)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$10)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$11)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$12)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$13)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (f32x4.add
             (global.get $global$14)
             (f32x4.mul
              (local.get $36)
              (i32x4.shl
               (local.get $33)
               (i32.const 23)
              )
             )
            )
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $4)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (block (result v128)
          (local.set $31
           (local.get $24)
          )
          (local.set $32
           (local.get $31)
          )
          (f32x4.div
           (local.get $31)
           (block (result v128)
            (local.set $32
             (f32x4.pmin
              (f32x4.pmax
               (local.get $32)
               (global.get $global$3)
              )
              (global.get $global$4)
             )
            )
            (local.set $33
             (f32x4.add
              (global.get $global$6)
              (f32x4.mul
               (local.get $32)
               (global.get $global$5)
              )
             )
            )
            (local.set $34
             (f32x4.sub
              (local.get $33)
              (global.get $global$6)
             )
            )
            (local.set $35
             (f32x4.add
              (local.get $32)
              (f32x4.mul
               (local.get $34)
               (global.get $global$7)
              )
             )
            )
            (local.set $36
             (global.get $global$8)
            )
            (local.set $36
             (f32x4.add
              (global.get $global$9)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$10)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$11)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$12)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$13)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (f32x4.add
             (global.get $global$14)
             (f32x4.mul
              (local.get $36)
              (i32x4.shl
               (local.get $33)
               (i32.const 23)
              )
             )
            )
           )
          )
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (block (result v128)
          (local.set $31
           (local.get $25)
          )
          (local.set $32
           (local.get $31)
          )
          (f32x4.div
           (local.get $31)
           (block (result v128)
            (local.set $32
             (f32x4.pmin
              (f32x4.pmax
               (local.get $32)
               (global.get $global$3)
              )
              (global.get $global$4)
             )
            )
            (local.set $33
             (f32x4.add
              (global.get $global$6)
              (f32x4.mul
               (local.get $32)
               (global.get $global$5)
              )
             )
            )
            (local.set $34
             (f32x4.sub
              (local.get $33)
              (global.get $global$6)
             )
            )
            (local.set $35
             (f32x4.add
              (local.get $32)
              (f32x4.mul
               (local.get $34)
               (global.get $global$7)
              )
             )
            )
            (local.set $36
             (global.get $global$8)
            )
            (local.set $36
             (f32x4.add
              (global.get $global$9)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$10)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$11)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$12)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$13)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (f32x4.add
             (global.get $global$14)
             (f32x4.mul
              (local.get $36)
              (i32x4.shl
               (local.get $33)
               (i32.const 23)
              )
             )
            )
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $4)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (block (result v128)
          (local.set $31
           (local.get $26)
          )
          (local.set $32
           (local.get $31)
          )
          (f32x4.div
           (local.get $31)
           (block (result v128)
            (local.set $32
             (f32x4.pmin
              (f32x4.pmax
               (local.get $32)
               (global.get $global$3)
              )
              (global.get $global$4)
             )
            )
            (local.set $33
             (f32x4.add
              (global.get $global$6)
              (f32x4.mul
               (local.get $32)
               (global.get $global$5)
              )
             )
            )
            (local.set $34
             (f32x4.sub
              (local.get $33)
              (global.get $global$6)
             )
            )
            (local.set $35
             (f32x4.add
              (local.get $32)
              (f32x4.mul
               (local.get $34)
               (global.get $global$7)
              )
             )
            )
            (local.set $36
             (global.get $global$8)
            )
            (local.set $36
             (f32x4.add
              (global.get $global$9)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$10)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$11)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$12)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$13)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (f32x4.add
             (global.get $global$14)
             (f32x4.mul
              (local.get $36)
              (i32x4.shl
               (local.get $33)
               (i32.const 23)
              )
             )
            )
           )
          )
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (block (result v128)
          (local.set $31
           (local.get $27)
          )
          (local.set $32
           (local.get $31)
          )
          (f32x4.div
           (local.get $31)
           (block (result v128)
            (local.set $32
             (f32x4.pmin
              (f32x4.pmax
               (local.get $32)
               (global.get $global$3)
              )
              (global.get $global$4)
             )
            )
            (local.set $33
             (f32x4.add
              (global.get $global$6)
              (f32x4.mul
               (local.get $32)
               (global.get $global$5)
              )
             )
            )
            (local.set $34
             (f32x4.sub
              (local.get $33)
              (global.get $global$6)
             )
            )
            (local.set $35
             (f32x4.add
              (local.get $32)
              (f32x4.mul
               (local.get $34)
               (global.get $global$7)
              )
             )
            )
            (local.set $36
             (global.get $global$8)
            )
            (local.set $36
             (f32x4.add
              (global.get $global$9)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$10)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$11)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$12)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$13)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (f32x4.add
             (global.get $global$14)
             (f32x4.mul
              (local.get $36)
              (i32x4.shl
               (local.get $33)
               (i32.const 23)
              )
             )
            )
           )
          )
         )
        )
        (local.set $12
         (i32.add
          (local.get $12)
          (i32.const 4)
         )
        )
        (br $label1)
       )
       (unreachable)
      )
      (local.set $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (br $label2)
     )
     (unreachable)
    )
    (local.set $9
     (local.get $10)
    )
    (local.set $9
     (i32.add
      (local.get $9)
      (i32.const 0)
     )
    )
    (br $label3)
   )
   (unreachable)
  )
 )
 (func $4 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local.set $16
   (i32.shl
    (local.get $3)
    (i32.const 4)
   )
  )
  (local.set $7
   (i32.add
    (local.get $4)
    (local.get $5)
   )
  )
  (local.set $6
   (local.get $4)
  )
  (block $block
   (loop $label4
    (br_if $block
     (i32.ge_s
      (local.get $6)
      (local.get $7)
     )
    )
    (local.set $9
     (i32.sub
      (i32.mul
       (local.get $6)
       (i32.const 2)
      )
      (i32.const 1)
     )
    )
    (local.set $10
     (select
      (i32.sub
       (i32.const 0)
       (local.get $9)
      )
      (i32.const 0)
      (i32.lt_s
       (local.get $9)
       (i32.const 0)
      )
     )
    )
    (local.set $11
     (i32.sub
      (i32.const 8)
      (local.get $9)
     )
    )
    (local.set $11
     (select
      (i32.const 3)
      (local.get $11)
      (i32.gt_s
       (local.get $11)
       (i32.const 3)
      )
     )
    )
    (local.set $21
     (i32.add
      (local.get $0)
      (i32.mul
       (i32.sub
        (i32.mul
         (i32.add
          (local.get $9)
          (local.get $10)
         )
         (i32.const 8)
        )
        (i32.const 1)
       )
       (i32.const 96)
      )
     )
    )
    (local.set $14
     (i32.mul
      (local.get $10)
      (i32.const 48)
     )
    )
    (local.set $22
     (i32.add
      (local.get $2)
      (i32.mul
       (local.get $6)
       (i32.const 384)
      )
     )
    )
    (local.set $23
     (i32.add
      (local.get $21)
      (i32.mul
       (i32.const 0)
       (i32.const 192)
      )
     )
    )
    (local.set $24
     (i32.add
      (local.get $22)
      (i32.mul
       (i32.const 0)
       (i32.const 96)
      )
     )
    )
    (local.set $17
     (local.get $1)
    )
    (local.set $15
     (i32.const 0)
    )
    (block $block1
     (loop $label3
      (br_if $block1
       (i32.ge_s
        (local.get $15)
        (local.get $16)
       )
      )
      (local.set $25
       (v128.load
        (local.get $17)
       )
      )
      (local.set $26
       (v128.load
        (local.get $17)
       )
      )
      (local.set $27
       (v128.load
        (local.get $17)
       )
      )
      (local.set $28
       (v128.load
        (local.get $17)
       )
      )
      (local.set $19
       (i32.add
        (i32.add
         (local.get $23)
         (local.get $15)
        )
        (i32.const 0)
       )
      )
      (local.set $18
       (i32.add
        (i32.add
         (local.get $17)
         (local.get $14)
        )
        (i32.const 16)
       )
      )
      (local.set $12
       (local.get $10)
      )
      (block $block2
       (loop $label2
        (br_if $block2
         (i32.ge_s
          (local.get $12)
          (local.get $11)
         )
        )
        (local.set $13
         (i32.const 1)
        )
        (loop $label
         (local.set $39
          (v128.load
           (local.get $18)
          )
         )
         (local.set $33
          (v128.load offset=192
           (local.get $19)
          )
         )
         (local.set $34
          (v128.load offset=384
           (local.get $19)
          )
         )
         (local.set $35
          (v128.load offset=576
           (local.get $19)
          )
         )
         (local.set $26
          (f32x4.add
           (local.get $26)
           (f32x4.mul
            (local.get $33)
            (local.get $39)
           )
          )
         )
         (local.set $27
          (f32x4.add
           (local.get $27)
           (f32x4.mul
            (local.get $34)
            (local.get $39)
           )
          )
         )
         (local.set $28
          (f32x4.add
           (local.get $28)
           (f32x4.mul
            (local.get $35)
            (local.get $39)
           )
          )
         )
         (local.set $19
          (i32.add
           (local.get $19)
           (i32.const 96)
          )
         )
         (local.set $18
          (i32.add
           (local.get $18)
           (i32.const 16)
          )
         )
         (br_if $label
          (local.tee $13
           (i32.sub
            (local.get $13)
            (i32.const 1)
           )
          )
         )
        )
        (local.set $13
         (i32.const 2)
        )
        (loop $label1
         (local.set $39
          (v128.load
           (local.get $18)
          )
         )
         (local.set $32
          (v128.load
           (local.get $19)
          )
         )
         (local.set $33
          (v128.load offset=192
           (local.get $19)
          )
         )
         (local.set $34
          (v128.load offset=384
           (local.get $19)
          )
         )
         (local.set $35
          (v128.load offset=576
           (local.get $19)
          )
         )
         (local.set $25
          (f32x4.add
           (local.get $25)
           (f32x4.mul
            (local.get $32)
            (local.get $39)
           )
          )
         )
         (local.set $26
          (f32x4.add
           (local.get $26)
           (f32x4.mul
            (local.get $33)
            (local.get $39)
           )
          )
         )
         (local.set $27
          (f32x4.add
           (local.get $27)
           (f32x4.mul
            (local.get $34)
            (local.get $39)
           )
          )
         )
         (local.set $28
          (f32x4.add
           (local.get $28)
           (f32x4.mul
            (local.get $35)
            (local.get $39)
           )
          )
         )
         (local.set $19
          (i32.add
           (local.get $19)
           (i32.const 96)
          )
         )
         (local.set $18
          (i32.add
           (local.get $18)
           (i32.const 16)
          )
         )
         (br_if $label1
          (local.tee $13
           (i32.sub
            (local.get $13)
            (i32.const 1)
           )
          )
         )
        )
        (local.set $19
         (i32.add
          (local.get $19)
          (i32.const 480)
         )
        )
        (local.set $18
         (i32.add
          (local.get $18)
          (i32.const 0)
         )
        )
        (local.set $12
         (i32.add
          (local.get $12)
          (i32.const 1)
         )
        )
        (br $label2)
       )
       (unreachable)
      )
      (local.set $20
       (i32.add
        (local.get $24)
        (local.get $15)
       )
      )
      (v128.store
       (local.get $20)
       (block (result v128)
        (local.set $40
         (local.get $25)
        )
        (local.set $41
         (local.get $40)
        )
        (f32x4.div
         (local.get $40)
         (block (result v128)
          (local.set $41
           (f32x4.pmin
            (f32x4.pmax
             (local.get $41)
             (global.get $global$3)
            )
            (global.get $global$4)
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$6)
            (f32x4.mul
             (local.get $41)
             (global.get $global$5)
            )
           )
          )
          (local.set $43
           (f32x4.sub
            (local.get $42)
            (global.get $global$6)
           )
          )
          (local.set $44
           (f32x4.add
            (local.get $41)
            (f32x4.mul
             (local.get $43)
             (global.get $global$7)
            )
           )
          )
          (local.set $45
           (global.get $global$8)
          )
          (local.set $45
           (f32x4.add
            (global.get $global$9)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$10)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$11)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$12)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$13)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (f32x4.add
           (global.get $global$14)
           (f32x4.mul
            (local.get $45)
            (i32x4.shl
             (local.get $42)
             (i32.const 23)
            )
           )
          )
         )
        )
       )
      )
      (v128.store offset=96
       (local.get $20)
       (block (result v128)
        (local.set $40
         (local.get $26)
        )
        (local.set $41
         (local.get $40)
        )
        (f32x4.div
         (local.get $40)
         (block (result v128)
          (local.set $41
           (f32x4.pmin
            (f32x4.pmax
             (local.get $41)
             (global.get $global$3)
            )
            (global.get $global$4)
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$6)
            (f32x4.mul
             (local.get $41)
             (global.get $global$5)
            )
           )
          )
          (local.set $43
           (f32x4.sub
            (local.get $42)
            (global.get $global$6)
           )
          )
          (local.set $44
           (f32x4.add
            (local.get $41)
            (f32x4.mul
             (local.get $43)
             (global.get $global$7)
            )
           )
          )
          (local.set $45
           (global.get $global$8)
          )
          (local.set $45
           (f32x4.add
            (global.get $global$9)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$10)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$11)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$12)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$13)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (f32x4.add
           (global.get $global$14)
           (f32x4.mul
            (local.get $45)
            (i32x4.shl
             (local.get $42)
             (i32.const 23)
            )
           )
          )
         )
        )
       )
      )
      (v128.store offset=192
       (local.get $20)
       (block (result v128)
        (local.set $40
         (local.get $27)
        )
        (local.set $41
         (local.get $40)
        )
        (f32x4.div
         (local.get $40)
         (block (result v128)
          (local.set $41
           (f32x4.pmin
            (f32x4.pmax
             (local.get $41)
             (global.get $global$3)
            )
            (global.get $global$4)
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$6)
            (f32x4.mul
             (local.get $41)
             (global.get $global$5)
            )
           )
          )
          (local.set $43
           (f32x4.sub
            (local.get $42)
            (global.get $global$6)
           )
          )
          (local.set $44
           (f32x4.add
            (local.get $41)
            (f32x4.mul
             (local.get $43)
             (global.get $global$7)
            )
           )
          )
          (local.set $45
           (global.get $global$8)
          )
          (local.set $45
           (f32x4.add
            (global.get $global$9)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$10)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$11)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$12)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$13)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (f32x4.add
           (global.get $global$14)
           (f32x4.mul
            (local.get $45)
            (i32x4.shl
             (local.get $42)
             (i32.const 23)
            )
           )
          )
         )
        )
       )
      )
      (v128.store offset=288
       (local.get $20)
       (block (result v128)
        (local.set $40
         (local.get $28)
        )
        (local.set $41
         (local.get $40)
        )
        (f32x4.div
         (local.get $40)
         (block (result v128)
          (local.set $41
           (f32x4.pmin
            (f32x4.pmax
             (local.get $41)
             (global.get $global$3)
            )
            (global.get $global$4)
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$6)
            (f32x4.mul
             (local.get $41)
             (global.get $global$5)
            )
           )
          )
          (local.set $43
           (f32x4.sub
            (local.get $42)
            (global.get $global$6)
           )
          )
          (local.set $44
           (f32x4.add
            (local.get $41)
            (f32x4.mul
             (local.get $43)
             (global.get $global$7)
            )
           )
          )
          (local.set $45
           (global.get $global$8)
          )
          (local.set $45
           (f32x4.add
            (global.get $global$9)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$10)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$11)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$12)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$13)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (f32x4.add
           (global.get $global$14)
           (f32x4.mul
            (local.get $45)
            (i32x4.shl
             (local.get $42)
             (i32.const 23)
            )
           )
          )
         )
        )
       )
      )
      (local.set $17
       (i32.add
        (local.get $17)
        (i32.const 160)
       )
      )
      (local.set $15
       (i32.add
        (local.get $15)
        (i32.const 16)
       )
      )
      (br $label3)
     )
     (unreachable)
    )
    (local.set $6
     (i32.add
      (local.get $6)
      (i32.const 1)
     )
    )
    (br $label4)
   )
   (unreachable)
  )
 )
 (func $5 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local.set $16
   (i32.shl
    (local.get $3)
    (i32.const 4)
   )
  )
  (local.set $7
   (i32.add
    (local.get $4)
    (local.get $5)
   )
  )
  (local.set $6
   (local.get $4)
  )
  (block $block
   (loop $label5
    (br_if $block
     (i32.ge_s
      (local.get $6)
      (local.get $7)
     )
    )
    (local.set $9
     (i32.sub
      (i32.mul
       (local.get $6)
       (i32.const 2)
      )
      (i32.const 2)
     )
    )
    (local.set $10
     (select
      (i32.sub
       (i32.const 0)
       (local.get $9)
      )
      (i32.const 0)
      (i32.lt_s
       (local.get $9)
       (i32.const 0)
      )
     )
    )
    (local.set $11
     (i32.sub
      (i32.const 8)
      (local.get $9)
     )
    )
    (local.set $11
     (select
      (i32.const 5)
      (local.get $11)
      (i32.gt_s
       (local.get $11)
       (i32.const 5)
      )
     )
    )
    (local.set $21
     (i32.add
      (local.get $0)
      (i32.mul
       (i32.sub
        (i32.mul
         (i32.add
          (local.get $9)
          (local.get $10)
         )
         (i32.const 8)
        )
        (i32.const 2)
       )
       (i32.const 96)
      )
     )
    )
    (local.set $14
     (i32.mul
      (local.get $10)
      (i32.const 80)
     )
    )
    (local.set $22
     (i32.add
      (local.get $2)
      (i32.mul
       (local.get $6)
       (i32.const 384)
      )
     )
    )
    (local.set $23
     (i32.add
      (local.get $21)
      (i32.mul
       (i32.const 0)
       (i32.const 192)
      )
     )
    )
    (local.set $24
     (i32.add
      (local.get $22)
      (i32.mul
       (i32.const 0)
       (i32.const 96)
      )
     )
    )
    (local.set $17
     (local.get $1)
    )
    (local.set $15
     (i32.const 0)
    )
    (block $block1
     (loop $label4
      (br_if $block1
       (i32.ge_s
        (local.get $15)
        (local.get $16)
       )
      )
      (local.set $25
       (v128.load
        (local.get $17)
       )
      )
      (local.set $26
       (v128.load
        (local.get $17)
       )
      )
      (local.set $27
       (v128.load
        (local.get $17)
       )
      )
      (local.set $28
       (v128.load
        (local.get $17)
       )
      )
      (local.set $19
       (i32.add
        (i32.add
         (local.get $23)
         (local.get $15)
        )
        (i32.const 0)
       )
      )
      (local.set $18
       (i32.add
        (i32.add
         (local.get $17)
         (local.get $14)
        )
        (i32.const 16)
       )
      )
      (local.set $12
       (local.get $10)
      )
      (block $block2
       (loop $label3
        (br_if $block2
         (i32.ge_s
          (local.get $12)
          (local.get $11)
         )
        )
        (local.set $13
         (i32.const 2)
        )
        (loop $label
         (local.set $39
          (v128.load
           (local.get $18)
          )
         )
         (local.set $33
          (v128.load offset=192
           (local.get $19)
          )
         )
         (local.set $34
          (v128.load offset=384
           (local.get $19)
          )
         )
         (local.set $35
          (v128.load offset=576
           (local.get $19)
          )
         )
         (local.set $26
          (f32x4.add
           (local.get $26)
           (f32x4.mul
            (local.get $33)
            (local.get $39)
           )
          )
         )
         (local.set $27
          (f32x4.add
           (local.get $27)
           (f32x4.mul
            (local.get $34)
            (local.get $39)
           )
          )
         )
         (local.set $28
          (f32x4.add
           (local.get $28)
           (f32x4.mul
            (local.get $35)
            (local.get $39)
           )
          )
         )
         (local.set $19
          (i32.add
           (local.get $19)
           (i32.const 96)
          )
         )
         (local.set $18
          (i32.add
           (local.get $18)
           (i32.const 16)
          )
         )
         (br_if $label
          (local.tee $13
           (i32.sub
            (local.get $13)
            (i32.const 1)
           )
          )
         )
        )
        (local.set $13
         (i32.const 2)
        )
        (loop $label1
         (local.set $39
          (v128.load
           (local.get $18)
          )
         )
         (local.set $32
          (v128.load
           (local.get $19)
          )
         )
         (local.set $33
          (v128.load offset=192
           (local.get $19)
          )
         )
         (local.set $34
          (v128.load offset=384
           (local.get $19)
          )
         )
         (local.set $35
          (v128.load offset=576
           (local.get $19)
          )
         )
         (local.set $25
          (f32x4.add
           (local.get $25)
           (f32x4.mul
            (local.get $32)
            (local.get $39)
           )
          )
         )
         (local.set $26
          (f32x4.add
           (local.get $26)
           (f32x4.mul
            (local.get $33)
            (local.get $39)
           )
          )
         )
         (local.set $27
          (f32x4.add
           (local.get $27)
           (f32x4.mul
            (local.get $34)
            (local.get $39)
           )
          )
         )
         (local.set $28
          (f32x4.add
           (local.get $28)
           (f32x4.mul
            (local.get $35)
            (local.get $39)
           )
          )
         )
         (local.set $19
          (i32.add
           (local.get $19)
           (i32.const 96)
          )
         )
         (local.set $18
          (i32.add
           (local.get $18)
           (i32.const 16)
          )
         )
         (br_if $label1
          (local.tee $13
           (i32.sub
            (local.get $13)
            (i32.const 1)
           )
          )
         )
        )
        (local.set $13
         (i32.const 1)
        )
        (loop $label2
         (local.set $39
          (v128.load
           (local.get $18)
          )
         )
         (local.set $32
          (v128.load
           (local.get $19)
          )
         )
         (local.set $33
          (v128.load offset=192
           (local.get $19)
          )
         )
         (local.set $34
          (v128.load offset=384
           (local.get $19)
          )
         )
         (local.set $25
          (f32x4.add
           (local.get $25)
           (f32x4.mul
            (local.get $32)
            (local.get $39)
           )
          )
         )
         (local.set $26
          (f32x4.add
           (local.get $26)
           (f32x4.mul
            (local.get $33)
            (local.get $39)
           )
          )
         )
         (local.set $27
          (f32x4.add
           (local.get $27)
           (f32x4.mul
            (local.get $34)
            (local.get $39)
           )
          )
         )
         (local.set $19
          (i32.add
           (local.get $19)
           (i32.const 96)
          )
         )
         (local.set $18
          (i32.add
           (local.get $18)
           (i32.const 16)
          )
         )
         (br_if $label2
          (local.tee $13
           (i32.sub
            (local.get $13)
            (i32.const 1)
           )
          )
         )
        )
        (local.set $19
         (i32.add
          (local.get $19)
          (i32.const 288)
         )
        )
        (local.set $18
         (i32.add
          (local.get $18)
          (i32.const 0)
         )
        )
        (local.set $12
         (i32.add
          (local.get $12)
          (i32.const 1)
         )
        )
        (br $label3)
       )
       (unreachable)
      )
      (local.set $20
       (i32.add
        (local.get $24)
        (local.get $15)
       )
      )
      (v128.store
       (local.get $20)
       (block (result v128)
        (local.set $40
         (local.get $25)
        )
        (local.set $41
         (local.get $40)
        )
        (f32x4.div
         (local.get $40)
         (block (result v128)
          (local.set $41
           (f32x4.pmin
            (f32x4.pmax
             (local.get $41)
             (global.get $global$3)
            )
            (global.get $global$4)
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$6)
            (f32x4.mul
             (local.get $41)
             (global.get $global$5)
            )
           )
          )
          (local.set $43
           (f32x4.sub
            (local.get $42)
            (global.get $global$6)
           )
          )
          (local.set $44
           (f32x4.add
            (local.get $41)
            (f32x4.mul
             (local.get $43)
             (global.get $global$7)
            )
           )
          )
          (local.set $45
           (global.get $global$8)
          )
          (local.set $45
           (f32x4.add
            (global.get $global$9)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$10)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$11)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$12)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$13)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (f32x4.add
           (global.get $global$14)
           (f32x4.mul
            (local.get $45)
            (i32x4.shl
             (local.get $42)
             (i32.const 23)
            )
           )
          )
         )
        )
       )
      )
      (v128.store offset=96
       (local.get $20)
       (block (result v128)
        (local.set $40
         (local.get $26)
        )
        (local.set $41
         (local.get $40)
        )
        (f32x4.div
         (local.get $40)
         (block (result v128)
          (local.set $41
           (f32x4.pmin
            (f32x4.pmax
             (local.get $41)
             (global.get $global$3)
            )
            (global.get $global$4)
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$6)
            (f32x4.mul
             (local.get $41)
             (global.get $global$5)
            )
           )
          )
          (local.set $43
           (f32x4.sub
            (local.get $42)
            (global.get $global$6)
           )
          )
          (local.set $44
           (f32x4.add
            (local.get $41)
            (f32x4.mul
             (local.get $43)
             (global.get $global$7)
            )
           )
          )
          (local.set $45
           (global.get $global$8)
          )
          (local.set $45
           (f32x4.add
            (global.get $global$9)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$10)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$11)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$12)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$13)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (f32x4.add
           (global.get $global$14)
           (f32x4.mul
            (local.get $45)
            (i32x4.shl
             (local.get $42)
             (i32.const 23)
            )
           )
          )
         )
        )
       )
      )
      (v128.store offset=192
       (local.get $20)
       (block (result v128)
        (local.set $40
         (local.get $27)
        )
        (local.set $41
         (local.get $40)
        )
        (f32x4.div
         (local.get $40)
         (block (result v128)
          (local.set $41
           (f32x4.pmin
            (f32x4.pmax
             (local.get $41)
             (global.get $global$3)
            )
            (global.get $global$4)
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$6)
            (f32x4.mul
             (local.get $41)
             (global.get $global$5)
            )
           )
          )
          (local.set $43
           (f32x4.sub
            (local.get $42)
            (global.get $global$6)
           )
          )
          (local.set $44
           (f32x4.add
            (local.get $41)
            (f32x4.mul
             (local.get $43)
             (global.get $global$7)
            )
           )
          )
          (local.set $45
           (global.get $global$8)
          )
          (local.set $45
           (f32x4.add
            (global.get $global$9)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$10)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$11)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$12)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$13)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (f32x4.add
           (global.get $global$14)
           (f32x4.mul
            (local.get $45)
            (i32x4.shl
             (local.get $42)
             (i32.const 23)
            )
           )
          )
         )
        )
       )
      )
      (v128.store offset=288
       (local.get $20)
       (block (result v128)
        (local.set $40
         (local.get $28)
        )
        (local.set $41
         (local.get $40)
        )
        (f32x4.div
         (local.get $40)
         (block (result v128)
          (local.set $41
           (f32x4.pmin
            (f32x4.pmax
             (local.get $41)
             (global.get $global$3)
            )
            (global.get $global$4)
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$6)
            (f32x4.mul
             (local.get $41)
             (global.get $global$5)
            )
           )
          )
          (local.set $43
           (f32x4.sub
            (local.get $42)
            (global.get $global$6)
           )
          )
          (local.set $44
           (f32x4.add
            (local.get $41)
            (f32x4.mul
             (local.get $43)
             (global.get $global$7)
            )
           )
          )
          (local.set $45
           (global.get $global$8)
          )
          (local.set $45
           (f32x4.add
            (global.get $global$9)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$10)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$11)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$12)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (local.set $45
           (f32x4.add
            (global.get $global$13)
            (f32x4.mul
             (local.get $45)
             (local.get $44)
            )
           )
          )
          (f32x4.add
           (global.get $global$14)
           (f32x4.mul
            (local.get $45)
            (i32x4.shl
             (local.get $42)
             (i32.const 23)
            )
           )
          )
         )
        )
       )
      )
      (local.set $17
       (i32.add
        (local.get $17)
        (i32.const 416)
       )
      )
      (local.set $15
       (i32.add
        (local.get $15)
        (i32.const 16)
       )
      )
      (br $label4)
     )
     (unreachable)
    )
    (local.set $6
     (i32.add
      (local.get $6)
      (i32.const 1)
     )
    )
    (br $label5)
   )
   (unreachable)
  )
 )
 (func $6 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 f32)
  (local.set $5
   (i32.const 0)
  )
  (block $block
   (loop $label
    (br_if $block
     (i32.ge_s
      (local.get $5)
      (i32.const 96)
     )
    )
    (v128.store
     (i32.add
      (local.get $3)
      (local.get $5)
     )
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $5
     (i32.add
      (local.get $5)
      (i32.const 16)
     )
    )
    (br $label)
   )
   (unreachable)
  )
  (local.set $4
   (i32.const 0)
  )
  (block $block1
   (loop $label2
    (br_if $block1
     (i32.ge_s
      (local.get $4)
      (i32.const 16)
     )
    )
    (local.set $5
     (i32.const 0)
    )
    (block $block2
     (loop $label1
      (br_if $block2
       (i32.ge_s
        (local.get $5)
        (i32.const 96)
       )
      )
      (v128.store
       (i32.add
        (local.get $3)
        (local.get $5)
       )
       (f32x4.add
        (v128.load
         (i32.add
          (local.get $3)
          (local.get $5)
         )
        )
        (v128.load
         (i32.add
          (local.get $0)
          (i32.add
           (i32.mul
            (local.get $4)
            (i32.const 96)
           )
           (local.get $5)
          )
         )
        )
       )
      )
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 16)
       )
      )
      (br $label1)
     )
     (unreachable)
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (i32.const 1)
     )
    )
    (br $label2)
   )
   (unreachable)
  )
  (local.set $5
   (i32.const 0)
  )
  (block $block3
   (loop $label3
    (br_if $block3
     (i32.ge_s
      (local.get $5)
      (i32.const 96)
     )
    )
    (v128.store
     (i32.add
      (local.get $3)
      (local.get $5)
     )
     (f32x4.mul
      (v128.load
       (i32.add
        (local.get $3)
        (local.get $5)
       )
      )
      (v128.const i32x4 0x3d800000 0x3d800000 0x3d800000 0x3d800000)
     )
    )
    (local.set $5
     (i32.add
      (local.get $5)
      (i32.const 16)
     )
    )
    (br $label3)
   )
   (unreachable)
  )
  (local.set $6
   (i32.const 0)
  )
  (block $block4
   (loop $label5
    (br_if $block4
     (i32.ge_s
      (local.get $6)
      (i32.const 0)
     )
    )
    (local.set $8
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $9
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $10
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $11
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $7
     (i32.add
      (local.get $1)
      (i32.mul
       (local.get $6)
       (i32.const 24)
      )
     )
    )
    (local.set $5
     (i32.const 0)
    )
    (block $block5
     (loop $label4
      (br_if $block5
       (i32.ge_s
        (local.get $5)
        (i32.const 96)
       )
      )
      (local.set $12
       (v128.load
        (i32.add
         (local.get $3)
         (local.get $5)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $12)
         (v128.load
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $12)
         (v128.load offset=96
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $12)
         (v128.load offset=192
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (local.set $11
       (f32x4.add
        (local.get $11)
        (f32x4.mul
         (local.get $12)
         (v128.load offset=288
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 16)
       )
      )
      (br $label4)
     )
     (unreachable)
    )
    (local.set $19
     (f32.add
      (f32.add
       (f32x4.extract_lane 0
        (local.get $8)
       )
       (f32x4.extract_lane 1
        (local.get $8)
       )
      )
      (f32.add
       (f32x4.extract_lane 2
        (local.get $8)
       )
       (f32x4.extract_lane 3
        (local.get $8)
       )
      )
     )
    )
    (local.set $19
     (f32.add
      (local.get $19)
      (f32.load offset=192
       (i32.add
        (local.get $1)
        (local.get $6)
       )
      )
     )
    )
    (f32.store offset=96
     (i32.add
      (local.get $3)
      (local.get $6)
     )
     (block (result f32)
      (local.set $13
       (f32x4.splat
        (local.get $19)
       )
      )
      (local.set $14
       (local.get $13)
      )
      (f32x4.extract_lane 0
       (f32x4.div
        (local.get $13)
        (block (result v128)
         (local.set $14
          (f32x4.pmin
           (f32x4.pmax
            (local.get $14)
            (global.get $global$3)
           )
           (global.get $global$4)
          )
         )
         (local.set $15
          (f32x4.add
           (global.get $global$6)
           (f32x4.mul
            (local.get $14)
            (global.get $global$5)
           )
          )
         )
         (local.set $16
          (f32x4.sub
           (local.get $15)
           (global.get $global$6)
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $16)
            (global.get $global$7)
           )
          )
         )
         (local.set $18
          (global.get $global$8)
         )
         (local.set $18
          (f32x4.add
           (global.get $global$9)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$10)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$11)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$12)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$13)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (f32x4.add
          (global.get $global$14)
          (f32x4.mul
           (local.get $18)
           (i32x4.shl
            (local.get $15)
            (i32.const 23)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $19
     (f32.add
      (f32.add
       (f32x4.extract_lane 0
        (local.get $9)
       )
       (f32x4.extract_lane 1
        (local.get $9)
       )
      )
      (f32.add
       (f32x4.extract_lane 2
        (local.get $9)
       )
       (f32x4.extract_lane 3
        (local.get $9)
       )
      )
     )
    )
    (local.set $19
     (f32.add
      (local.get $19)
      (f32.load offset=196
       (i32.add
        (local.get $1)
        (local.get $6)
       )
      )
     )
    )
    (f32.store offset=100
     (i32.add
      (local.get $3)
      (local.get $6)
     )
     (block (result f32)
      (local.set $13
       (f32x4.splat
        (local.get $19)
       )
      )
      (local.set $14
       (local.get $13)
      )
      (f32x4.extract_lane 0
       (f32x4.div
        (local.get $13)
        (block (result v128)
         (local.set $14
          (f32x4.pmin
           (f32x4.pmax
            (local.get $14)
            (global.get $global$3)
           )
           (global.get $global$4)
          )
         )
         (local.set $15
          (f32x4.add
           (global.get $global$6)
           (f32x4.mul
            (local.get $14)
            (global.get $global$5)
           )
          )
         )
         (local.set $16
          (f32x4.sub
           (local.get $15)
           (global.get $global$6)
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $16)
            (global.get $global$7)
           )
          )
         )
         (local.set $18
          (global.get $global$8)
         )
         (local.set $18
          (f32x4.add
           (global.get $global$9)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$10)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$11)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$12)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$13)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (f32x4.add
          (global.get $global$14)
          (f32x4.mul
           (local.get $18)
           (i32x4.shl
            (local.get $15)
            (i32.const 23)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $19
     (f32.add
      (f32.add
       (f32x4.extract_lane 0
        (local.get $10)
       )
       (f32x4.extract_lane 1
        (local.get $10)
       )
      )
      (f32.add
       (f32x4.extract_lane 2
        (local.get $10)
       )
       (f32x4.extract_lane 3
        (local.get $10)
       )
      )
     )
    )
    (local.set $19
     (f32.add
      (local.get $19)
      (f32.load offset=200
       (i32.add
        (local.get $1)
        (local.get $6)
       )
      )
     )
    )
    (f32.store offset=104
     (i32.add
      (local.get $3)
      (local.get $6)
     )
     (block (result f32)
      (local.set $13
       (f32x4.splat
        (local.get $19)
       )
      )
      (local.set $14
       (local.get $13)
      )
      (f32x4.extract_lane 0
       (f32x4.div
        (local.get $13)
        (block (result v128)
         (local.set $14
          (f32x4.pmin
           (f32x4.pmax
            (local.get $14)
            (global.get $global$3)
           )
           (global.get $global$4)
          )
         )
         (local.set $15
          (f32x4.add
           (global.get $global$6)
           (f32x4.mul
            (local.get $14)
            (global.get $global$5)
           )
          )
         )
         (local.set $16
          (f32x4.sub
           (local.get $15)
           (global.get $global$6)
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $16)
            (global.get $global$7)
           )
          )
         )
         (local.set $18
          (global.get $global$8)
         )
         (local.set $18
          (f32x4.add
           (global.get $global$9)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$10)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$11)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$12)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$13)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (f32x4.add
          (global.get $global$14)
          (f32x4.mul
           (local.get $18)
           (i32x4.shl
            (local.get $15)
            (i32.const 23)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $19
     (f32.add
      (f32.add
       (f32x4.extract_lane 0
        (local.get $11)
       )
       (f32x4.extract_lane 1
        (local.get $11)
       )
      )
      (f32.add
       (f32x4.extract_lane 2
        (local.get $11)
       )
       (f32x4.extract_lane 3
        (local.get $11)
       )
      )
     )
    )
    (local.set $19
     (f32.add
      (local.get $19)
      (f32.load offset=204
       (i32.add
        (local.get $1)
        (local.get $6)
       )
      )
     )
    )
    (f32.store offset=108
     (i32.add
      (local.get $3)
      (local.get $6)
     )
     (block (result f32)
      (local.set $13
       (f32x4.splat
        (local.get $19)
       )
      )
      (local.set $14
       (local.get $13)
      )
      (f32x4.extract_lane 0
       (f32x4.div
        (local.get $13)
        (block (result v128)
         (local.set $14
          (f32x4.pmin
           (f32x4.pmax
            (local.get $14)
            (global.get $global$3)
           )
           (global.get $global$4)
          )
         )
         (local.set $15
          (f32x4.add
           (global.get $global$6)
           (f32x4.mul
            (local.get $14)
            (global.get $global$5)
           )
          )
         )
         (local.set $16
          (f32x4.sub
           (local.get $15)
           (global.get $global$6)
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $16)
            (global.get $global$7)
           )
          )
         )
         (local.set $18
          (global.get $global$8)
         )
         (local.set $18
          (f32x4.add
           (global.get $global$9)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$10)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$11)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$12)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$13)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (f32x4.add
          (global.get $global$14)
          (f32x4.mul
           (local.get $18)
           (i32x4.shl
            (local.get $15)
            (i32.const 23)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $6
     (i32.add
      (local.get $6)
      (i32.const 16)
     )
    )
    (br $label5)
   )
   (unreachable)
  )
  (local.set $6
   (i32.const 0)
  )
  (block $block6
   (loop $label7
    (br_if $block6
     (i32.ge_s
      (local.get $6)
      (i32.const 8)
     )
    )
    (local.set $8
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $7
     (i32.add
      (local.get $1)
      (i32.mul
       (local.get $6)
       (i32.const 24)
      )
     )
    )
    (local.set $5
     (i32.const 0)
    )
    (block $block7
     (loop $label6
      (br_if $block7
       (i32.ge_s
        (local.get $5)
        (i32.const 96)
       )
      )
      (local.set $12
       (v128.load
        (i32.add
         (local.get $3)
         (local.get $5)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $12)
         (v128.load
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 16)
       )
      )
      (br $label6)
     )
     (unreachable)
    )
    (local.set $19
     (f32.add
      (f32.add
       (f32x4.extract_lane 0
        (local.get $8)
       )
       (f32x4.extract_lane 1
        (local.get $8)
       )
      )
      (f32.add
       (f32x4.extract_lane 2
        (local.get $8)
       )
       (f32x4.extract_lane 3
        (local.get $8)
       )
      )
     )
    )
    (local.set $19
     (f32.add
      (local.get $19)
      (f32.load offset=192
       (i32.add
        (local.get $1)
        (local.get $6)
       )
      )
     )
    )
    (f32.store offset=96
     (i32.add
      (local.get $3)
      (local.get $6)
     )
     (block (result f32)
      (local.set $13
       (f32x4.splat
        (local.get $19)
       )
      )
      (local.set $14
       (local.get $13)
      )
      (f32x4.extract_lane 0
       (f32x4.div
        (local.get $13)
        (block (result v128)
         (local.set $14
          (f32x4.pmin
           (f32x4.pmax
            (local.get $14)
            (global.get $global$3)
           )
           (global.get $global$4)
          )
         )
         (local.set $15
          (f32x4.add
           (global.get $global$6)
           (f32x4.mul
            (local.get $14)
            (global.get $global$5)
           )
          )
         )
         (local.set $16
          (f32x4.sub
           (local.get $15)
           (global.get $global$6)
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $16)
            (global.get $global$7)
           )
          )
         )
         (local.set $18
          (global.get $global$8)
         )
         (local.set $18
          (f32x4.add
           (global.get $global$9)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$10)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$11)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$12)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$13)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (f32x4.add
          (global.get $global$14)
          (f32x4.mul
           (local.get $18)
           (i32x4.shl
            (local.get $15)
            (i32.const 23)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $6
     (i32.add
      (local.get $6)
      (i32.const 4)
     )
    )
    (br $label7)
   )
   (unreachable)
  )
  (local.set $5
   (i32.const 0)
  )
  (block $block8
   (loop $label8
    (br_if $block8
     (i32.ge_s
      (local.get $5)
      (i32.const 96)
     )
    )
    (v128.store
     (i32.add
      (local.get $2)
      (local.get $5)
     )
     (v128.load offset=392
      (i32.add
       (local.get $1)
       (local.get $5)
      )
     )
    )
    (local.set $5
     (i32.add
      (local.get $5)
      (i32.const 16)
     )
    )
    (br $label8)
   )
   (unreachable)
  )
  (local.set $7
   (i32.add
    (local.get $1)
    (i32.const 200)
   )
  )
  (local.set $6
   (i32.const 0)
  )
  (block $block9
   (loop $label11
    (br_if $block9
     (i32.ge_s
      (local.get $6)
      (i32.const 8)
     )
    )
    (local.set $12
     (v128.load32_splat offset=96
      (i32.add
       (local.get $3)
       (local.get $6)
      )
     )
    )
    (local.set $5
     (i32.const 0)
    )
    (block $block10
     (loop $label9
      (br_if $block10
       (i32.ge_s
        (local.get $5)
        (i32.const 64)
       )
      )
      (v128.store
       (i32.add
        (local.get $2)
        (local.get $5)
       )
       (f32x4.add
        (v128.load
         (i32.add
          (local.get $2)
          (local.get $5)
         )
        )
        (f32x4.mul
         (local.get $12)
         (v128.load
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (v128.store offset=16
       (i32.add
        (local.get $2)
        (local.get $5)
       )
       (f32x4.add
        (v128.load offset=16
         (i32.add
          (local.get $2)
          (local.get $5)
         )
        )
        (f32x4.mul
         (local.get $12)
         (v128.load offset=16
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (v128.store offset=32
       (i32.add
        (local.get $2)
        (local.get $5)
       )
       (f32x4.add
        (v128.load offset=32
         (i32.add
          (local.get $2)
          (local.get $5)
         )
        )
        (f32x4.mul
         (local.get $12)
         (v128.load offset=32
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (v128.store offset=48
       (i32.add
        (local.get $2)
        (local.get $5)
       )
       (f32x4.add
        (v128.load offset=48
         (i32.add
          (local.get $2)
          (local.get $5)
         )
        )
        (f32x4.mul
         (local.get $12)
         (v128.load offset=48
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 64)
       )
      )
      (br $label9)
     )
     (unreachable)
    )
    (local.set $5
     (i32.const 64)
    )
    (block $block11
     (loop $label10
      (br_if $block11
       (i32.ge_s
        (local.get $5)
        (i32.const 96)
       )
      )
      (v128.store
       (i32.add
        (local.get $2)
        (local.get $5)
       )
       (f32x4.add
        (v128.load
         (i32.add
          (local.get $2)
          (local.get $5)
         )
        )
        (f32x4.mul
         (local.get $12)
         (v128.load
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 16)
       )
      )
      (br $label10)
     )
     (unreachable)
    )
    (local.set $7
     (i32.add
      (local.get $7)
      (i32.const 96)
     )
    )
    (local.set $6
     (i32.add
      (local.get $6)
      (i32.const 4)
     )
    )
    (br $label11)
   )
   (unreachable)
  )
  (local.set $5
   (i32.const 0)
  )
  (block $block12
   (loop $label12
    (br_if $block12
     (i32.ge_s
      (local.get $5)
      (i32.const 96)
     )
    )
    (v128.store
     (i32.add
      (local.get $2)
      (local.get $5)
     )
     (block (result v128)
      (local.set $14
       (v128.load
        (i32.add
         (local.get $2)
         (local.get $5)
        )
       )
      )
      (f32x4.div
       (global.get $global$14)
       (block (result v128)
        (local.set $14
         (f32x4.pmin
          (f32x4.pmax
           (local.get $14)
           (global.get $global$3)
          )
          (global.get $global$4)
         )
        )
        (local.set $15
         (f32x4.add
          (global.get $global$6)
          (f32x4.mul
           (local.get $14)
           (global.get $global$5)
          )
         )
        )
        (local.set $16
         (f32x4.sub
          (local.get $15)
          (global.get $global$6)
         )
        )
        (local.set $17
         (f32x4.add
          (local.get $14)
          (f32x4.mul
           (local.get $16)
           (global.get $global$7)
          )
         )
        )
        (local.set $18
         (global.get $global$8)
        )
        (local.set $18
         (f32x4.add
          (global.get $global$9)
          (f32x4.mul
           (local.get $18)
           (local.get $17)
          )
         )
        )
        (local.set $18
         (f32x4.add
          (global.get $global$10)
          (f32x4.mul
           (local.get $18)
           (local.get $17)
          )
         )
        )
        (local.set $18
         (f32x4.add
          (global.get $global$11)
          (f32x4.mul
           (local.get $18)
           (local.get $17)
          )
         )
        )
        (local.set $18
         (f32x4.add
          (global.get $global$12)
          (f32x4.mul
           (local.get $18)
           (local.get $17)
          )
         )
        )
        (local.set $18
         (f32x4.add
          (global.get $global$13)
          (f32x4.mul
           (local.get $18)
           (local.get $17)
          )
         )
        )
        (f32x4.add
         (global.get $global$14)
         (f32x4.mul
          (local.get $18)
          (i32x4.shl
           (local.get $15)
           (i32.const 23)
          )
         )
        )
       )
      )
     )
    )
    (local.set $5
     (i32.add
      (local.get $5)
      (i32.const 16)
     )
    )
    (br $label12)
   )
   (unreachable)
  )
 )
 (func $7 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local.set $5
   (i32.const 0)
  )
  (block $block
   (loop $label1
    (br_if $block
     (i32.ge_s
      (local.get $5)
      (local.get $3)
     )
    )
    (v128.store
     (local.get $1)
     (v128.load
      (local.get $0)
     )
    )
    (v128.store offset=16
     (local.get $1)
     (v128.load offset=16
      (local.get $0)
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 32)
     )
    )
    (local.set $1
     (i32.add
      (local.get $1)
      (i32.const 32)
     )
    )
    (local.set $6
     (i32.const 0)
    )
    (block $block1
     (loop $label
      (br_if $block1
       (i32.ge_s
        (local.get $6)
        (local.get $4)
       )
      )
      (local.set $7
       (v128.load32_splat
        (i32.add
         (local.get $2)
         (i32.shl
          (local.get $6)
          (i32.const 2)
         )
        )
       )
      )
      (v128.store
       (local.get $1)
       (f32x4.mul
        (v128.load
         (local.get $0)
        )
        (local.get $7)
       )
      )
      (v128.store offset=16
       (local.get $1)
       (f32x4.mul
        (v128.load offset=16
         (local.get $0)
        )
        (local.get $7)
       )
      )
      (local.set $0
       (i32.add
        (local.get $0)
        (i32.const 32)
       )
      )
      (local.set $1
       (i32.add
        (local.get $1)
        (i32.const 32)
       )
      )
      (local.set $6
       (i32.add
        (local.get $6)
        (i32.const 1)
       )
      )
      (br $label)
     )
     (unreachable)
    )
    (local.set $5
     (i32.add
      (local.get $5)
      (i32.const 1)
     )
    )
    (br $label1)
   )
   (unreachable)
  )
 )
 (func $8 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local.set $18
   (i32.shl
    (i32.add
     (local.get $2)
     (i32.const 1)
    )
    (i32.const 5)
   )
  )
  (local.set $9
   (i32.const 0)
  )
  (block $block
   (loop $label3
    (br_if $block
     (i32.ge_s
      (local.get $9)
      (local.get $6)
     )
    )
    (local.set $10
     (select
      (i32.add
       (local.get $9)
       (local.get $8)
      )
      (local.get $6)
      (i32.lt_s
       (i32.add
        (local.get $9)
        (local.get $8)
       )
       (local.get $6)
      )
     )
    )
    (local.set $11
     (i32.const 0)
    )
    (block $block1
     (loop $label2
      (br_if $block1
       (i32.ge_s
        (local.get $11)
        (local.get $7)
       )
      )
      (local.set $13
       (i32.add
        (local.get $1)
        (i32.mul
         (local.get $11)
         (local.get $18)
        )
       )
      )
      (local.set $14
       (i32.shl
        (local.get $11)
        (i32.const 5)
       )
      )
      (local.set $12
       (local.get $9)
      )
      (block $block2
       (loop $label1
        (br_if $block2
         (i32.ge_s
          (local.get $12)
          (local.get $10)
         )
        )
        (local.set $20
         (v128.load
          (local.get $13)
         )
        )
        (local.set $21
         (v128.load offset=16
          (local.get $13)
         )
        )
        (local.set $22
         (local.get $20)
        )
        (local.set $23
         (local.get $21)
        )
        (local.set $24
         (local.get $20)
        )
        (local.set $25
         (local.get $21)
        )
        (local.set $26
         (local.get $20)
        )
        (local.set $27
         (local.get $21)
        )
        (local.set $19
         (i32.add
          (local.get $0)
          (i32.mul
           (local.get $12)
           (i32.const 96)
          )
         )
        )
        (local.set $15
         (i32.add
          (local.get $13)
          (i32.const 32)
         )
        )
        (local.set $16
         (local.get $2)
        )
        (loop $label
         (local.set $28
          (v128.load
           (local.get $15)
          )
         )
         (local.set $29
          (v128.load offset=16
           (local.get $15)
          )
         )
         (local.set $30
          (v128.load32_splat
           (local.get $19)
          )
         )
         (local.set $20
          (f32x4.add
           (local.get $20)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $21
          (f32x4.add
           (local.get $21)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $30
          (v128.load32_splat offset=96
           (local.get $19)
          )
         )
         (local.set $22
          (f32x4.add
           (local.get $22)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $23
          (f32x4.add
           (local.get $23)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $30
          (v128.load32_splat offset=192
           (local.get $19)
          )
         )
         (local.set $24
          (f32x4.add
           (local.get $24)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $25
          (f32x4.add
           (local.get $25)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $30
          (v128.load32_splat offset=288
           (local.get $19)
          )
         )
         (local.set $26
          (f32x4.add
           (local.get $26)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $27
          (f32x4.add
           (local.get $27)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $19
          (i32.add
           (local.get $19)
           (i32.const 4)
          )
         )
         (local.set $15
          (i32.add
           (local.get $15)
           (i32.const 32)
          )
         )
         (br_if $label
          (local.tee $16
           (i32.sub
            (local.get $16)
            (i32.const 1)
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (i32.mul
           (local.get $12)
           (local.get $4)
          )
          (local.get $14)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (local.get $20)
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (local.get $21)
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $4)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (local.get $22)
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (local.get $23)
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $4)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (local.get $24)
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (local.get $25)
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $4)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (local.get $26)
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (local.get $27)
        )
        (local.set $12
         (i32.add
          (local.get $12)
          (i32.const 4)
         )
        )
        (br $label1)
       )
       (unreachable)
      )
      (local.set $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (br $label2)
     )
     (unreachable)
    )
    (local.set $9
     (local.get $10)
    )
    (local.set $9
     (i32.add
      (local.get $9)
      (i32.const 0)
     )
    )
    (br $label3)
   )
   (unreachable)
  )
 )
 (func $9 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local.set $18
   (i32.shl
    (i32.add
     (local.get $2)
     (i32.const 1)
    )
    (i32.const 5)
   )
  )
  (local.set $9
   (i32.const 0)
  )
  (block $block
   (loop $label3
    (br_if $block
     (i32.ge_s
      (local.get $9)
      (local.get $6)
     )
    )
    (local.set $10
     (select
      (i32.add
       (local.get $9)
       (local.get $8)
      )
      (local.get $6)
      (i32.lt_s
       (i32.add
        (local.get $9)
        (local.get $8)
       )
       (local.get $6)
      )
     )
    )
    (local.set $11
     (i32.const 0)
    )
    (block $block1
     (loop $label2
      (br_if $block1
       (i32.ge_s
        (local.get $11)
        (local.get $7)
       )
      )
      (local.set $13
       (i32.add
        (local.get $1)
        (i32.mul
         (local.get $11)
         (local.get $18)
        )
       )
      )
      (local.set $14
       (i32.shl
        (local.get $11)
        (i32.const 5)
       )
      )
      (local.set $12
       (local.get $9)
      )
      (block $block2
       (loop $label1
        (br_if $block2
         (i32.ge_s
          (local.get $12)
          (local.get $10)
         )
        )
        (local.set $20
         (v128.load
          (local.get $13)
         )
        )
        (local.set $21
         (v128.load offset=16
          (local.get $13)
         )
        )
        (local.set $22
         (local.get $20)
        )
        (local.set $23
         (local.get $21)
        )
        (local.set $24
         (local.get $20)
        )
        (local.set $25
         (local.get $21)
        )
        (local.set $26
         (local.get $20)
        )
        (local.set $27
         (local.get $21)
        )
        (local.set $19
         (i32.add
          (local.get $0)
          (i32.mul
           (local.get $12)
           (i32.const 64)
          )
         )
        )
        (local.set $15
         (i32.add
          (local.get $13)
          (i32.const 32)
         )
        )
        (local.set $16
         (local.get $2)
        )
        (loop $label
         (local.set $28
          (v128.load
           (local.get $15)
          )
         )
         (local.set $29
          (v128.load offset=16
           (local.get $15)
          )
         )
         (local.set $30
          (v128.load32_splat
           (local.get $19)
          )
         )
         (local.set $20
          (f32x4.add
           (local.get $20)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $21
          (f32x4.add
           (local.get $21)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $30
          (v128.load32_splat offset=64
           (local.get $19)
          )
         )
         (local.set $22
          (f32x4.add
           (local.get $22)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $23
          (f32x4.add
           (local.get $23)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $30
          (v128.load32_splat offset=128
           (local.get $19)
          )
         )
         (local.set $24
          (f32x4.add
           (local.get $24)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $25
          (f32x4.add
           (local.get $25)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $30
          (v128.load32_splat offset=192
           (local.get $19)
          )
         )
         (local.set $26
          (f32x4.add
           (local.get $26)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $27
          (f32x4.add
           (local.get $27)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $19
          (i32.add
           (local.get $19)
           (i32.const 4)
          )
         )
         (local.set $15
          (i32.add
           (local.get $15)
           (i32.const 32)
          )
         )
         (br_if $label
          (local.tee $16
           (i32.sub
            (local.get $16)
            (i32.const 1)
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (i32.mul
           (local.get $12)
           (local.get $4)
          )
          (local.get $14)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (block (result v128)
          (local.set $31
           (local.get $20)
          )
          (local.set $32
           (local.get $31)
          )
          (f32x4.div
           (local.get $31)
           (block (result v128)
            (local.set $32
             (f32x4.pmin
              (f32x4.pmax
               (local.get $32)
               (global.get $global$3)
              )
              (global.get $global$4)
             )
            )
            (local.set $33
             (f32x4.add
              (global.get $global$6)
              (f32x4.mul
               (local.get $32)
               (global.get $global$5)
              )
             )
            )
            (local.set $34
             (f32x4.sub
              (local.get $33)
              (global.get $global$6)
             )
            )
            (local.set $35
             (f32x4.add
              (local.get $32)
              (f32x4.mul
               (local.get $34)
               (global.get $global$7)
              )
             )
            )
            (local.set $36
             (global.get $global$8)
            )
            (local.set $36
             (f32x4.add
              (global.get $global$9)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$10)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$11)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$12)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$13)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (f32x4.add
             (global.get $global$14)
             (f32x4.mul
              (local.get $36)
              (i32x4.shl
               (local.get $33)
               (i32.const 23)
              )
             )
            )
           )
          )
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (block (result v128)
          (local.set $31
           (local.get $21)
          )
          (local.set $32
           (local.get $31)
          )
          (f32x4.div
           (local.get $31)
           (block (result v128)
            (local.set $32
             (f32x4.pmin
              (f32x4.pmax
               (local.get $32)
               (global.get $global$3)
              )
              (global.get $global$4)
             )
            )
            (local.set $33
             (f32x4.add
              (global.get $global$6)
              (f32x4.mul
               (local.get $32)
               (global.get $global$5)
              )
             )
            )
            (local.set $34
             (f32x4.sub
              (local.get $33)
              (global.get $global$6)
             )
            )
            (local.set $35
             (f32x4.add
              (local.get $32)
              (f32x4.mul
               (local.get $34)
               (global.get $global$7)
              )
             )
            )
            (local.set $36
             (global.get $global$8)
            )
            (local.set $36
             (f32x4.add
              (global.get $global$9)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$10)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$11)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$12)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$13)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (f32x4.add
             (global.get $global$14)
             (f32x4.mul
              (local.get $36)
              (i32x4.shl
               (local.get $33)
               (i32.const 23)
              )
             )
            )
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $4)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (block (result v128)
          (local.set $31
           (local.get $22)
          )
          (local.set $32
           (local.get $31)
          )
          (f32x4.div
           (local.get $31)
           (block (result v128)
            (local.set $32
             (f32x4.pmin
              (f32x4.pmax
               (local.get $32)
               (global.get $global$3)
              )
              (global.get $global$4)
             )
            )
            (local.set $33
             (f32x4.add
              (global.get $global$6)
              (f32x4.mul
               (local.get $32)
               (global.get $global$5)
              )
             )
            )
            (local.set $34
             (f32x4.sub
              (local.get $33)
              (global.get $global$6)
             )
            )
            (local.set $35
             (f32x4.add
              (local.get $32)
              (f32x4.mul
               (local.get $34)
               (global.get $global$7)
              )
             )
            )
            (local.set $36
             (global.get $global$8)
            )
            (local.set $36
             (f32x4.add
              (global.get $global$9)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$10)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$11)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$12)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$13)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (f32x4.add
             (global.get $global$14)
             (f32x4.mul
              (local.get $36)
              (i32x4.shl
               (local.get $33)
               (i32.const 23)
              )
             )
            )
           )
          )
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (block (result v128)
          (local.set $31
           (local.get $23)
          )
          (local.set $32
           (local.get $31)
          )
          (f32x4.div
           (local.get $31)
           (block (result v128)
            (local.set $32
             (f32x4.pmin
              (f32x4.pmax
               (local.get $32)
               (global.get $global$3)
              )
              (global.get $global$4)
             )
            )
            (local.set $33
             (f32x4.add
              (global.get $global$6)
              (f32x4.mul
               (local.get $32)
               (global.get $global$5)
              )
             )
            )
            (local.set $34
             (f32x4.sub
              (local.get $33)
              (global.get $global$6)
             )
            )
            (local.set $35
             (f32x4.add
              (local.get $32)
              (f32x4.mul
               (local.get $34)
               (global.get $global$7)
              )
             )
            )
            (local.set $36
             (global.get $global$8)
            )
            (local.set $36
             (f32x4.add
              (global.get $global$9)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$10)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$11)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$12)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$13)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (f32x4.add
             (global.get $global$14)
             (f32x4.mul
              (local.get $36)
              (i32x4.shl
               (local.get $33)
               (i32.const 23)
              )
             )
            )
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $4)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (block (result v128)
          (local.set $31
           (local.get $24)
          )
          (local.set $32
           (local.get $31)
          )
          (f32x4.div
           (local.get $31)
           (block (result v128)
            (local.set $32
             (f32x4.pmin
              (f32x4.pmax
               (local.get $32)
               (global.get $global$3)
              )
              (global.get $global$4)
             )
            )
            (local.set $33
             (f32x4.add
              (global.get $global$6)
              (f32x4.mul
               (local.get $32)
               (global.get $global$5)
              )
             )
            )
            (local.set $34
             (f32x4.sub
              (local.get $33)
              (global.get $global$6)
             )
            )
            (local.set $35
             (f32x4.add
              (local.get $32)
              (f32x4.mul
               (local.get $34)
               (global.get $global$7)
              )
             )
            )
            (local.set $36
             (global.get $global$8)
            )
            (local.set $36
             (f32x4.add
              (global.get $global$9)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$10)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$11)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$12)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$13)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (f32x4.add
             (global.get $global$14)
             (f32x4.mul
              (local.get $36)
              (i32x4.shl
               (local.get $33)
               (i32.const 23)
              )
             )
            )
           )
          )
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (block (result v128)
          (local.set $31
           (local.get $25)
          )
          (local.set $32
           (local.get $31)
          )
          (f32x4.div
           (local.get $31)
           (block (result v128)
            (local.set $32
             (f32x4.pmin
              (f32x4.pmax
               (local.get $32)
               (global.get $global$3)
              )
              (global.get $global$4)
             )
            )
            (local.set $33
             (f32x4.add
              (global.get $global$6)
              (f32x4.mul
               (local.get $32)
               (global.get $global$5)
              )
             )
            )
            (local.set $34
             (f32x4.sub
              (local.get $33)
              (global.get $global$6)
             )
            )
            (local.set $35
             (f32x4.add
              (local.get $32)
              (f32x4.mul
               (local.get $34)
               (global.get $global$7)
              )
             )
            )
            (local.set $36
             (global.get $global$8)
            )
            (local.set $36
             (f32x4.add
              (global.get $global$9)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$10)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$11)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$12)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$13)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (f32x4.add
             (global.get $global$14)
             (f32x4.mul
              (local.get $36)
              (i32x4.shl
               (local.get $33)
               (i32.const 23)
              )
             )
            )
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $4)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (block (result v128)
          (local.set $31
           (local.get $26)
          )
          (local.set $32
           (local.get $31)
          )
          (f32x4.div
           (local.get $31)
           (block (result v128)
            (local.set $32
             (f32x4.pmin
              (f32x4.pmax
               (local.get $32)
               (global.get $global$3)
              )
              (global.get $global$4)
             )
            )
            (local.set $33
             (f32x4.add
              (global.get $global$6)
              (f32x4.mul
               (local.get $32)
               (global.get $global$5)
              )
             )
            )
            (local.set $34
             (f32x4.sub
              (local.get $33)
              (global.get $global$6)
             )
            )
            (local.set $35
             (f32x4.add
              (local.get $32)
              (f32x4.mul
               (local.get $34)
               (global.get $global$7)
              )
             )
            )
            (local.set $36
             (global.get $global$8)
            )
            (local.set $36
             (f32x4.add
              (global.get $global$9)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$10)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$11)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$12)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$13)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (f32x4.add
             (global.get $global$14)
             (f32x4.mul
              (local.get $36)
              (i32x4.shl
               (local.get $33)
               (i32.const 23)
              )
             )
            )
           )
          )
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (block (result v128)
          (local.set $31
           (local.get $27)
          )
          (local.set $32
           (local.get $31)
          )
          (f32x4.div
           (local.get $31)
           (block (result v128)
            (local.set $32
             (f32x4.pmin
              (f32x4.pmax
               (local.get $32)
               (global.get $global$3)
              )
              (global.get $global$4)
             )
            )
            (local.set $33
             (f32x4.add
              (global.get $global$6)
              (f32x4.mul
               (local.get $32)
               (global.get $global$5)
              )
             )
            )
            (local.set $34
             (f32x4.sub
              (local.get $33)
              (global.get $global$6)
             )
            )
            (local.set $35
             (f32x4.add
              (local.get $32)
              (f32x4.mul
               (local.get $34)
               (global.get $global$7)
              )
             )
            )
            (local.set $36
             (global.get $global$8)
            )
            (local.set $36
             (f32x4.add
              (global.get $global$9)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$10)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$11)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$12)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (local.set $36
             (f32x4.add
              (global.get $global$13)
              (f32x4.mul
               (local.get $36)
               (local.get $35)
              )
             )
            )
            (f32x4.add
             (global.get $global$14)
             (f32x4.mul
              (local.get $36)
              (i32x4.shl
               (local.get $33)
               (i32.const 23)
              )
             )
            )
           )
          )
         )
        )
        (local.set $12
         (i32.add
          (local.get $12)
          (i32.const 4)
         )
        )
        (br $label1)
       )
       (unreachable)
      )
      (local.set $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (br $label2)
     )
     (unreachable)
    )
    (local.set $9
     (local.get $10)
    )
    (local.set $9
     (i32.add
      (local.get $9)
      (i32.const 0)
     )
    )
    (br $label3)
   )
   (unreachable)
  )
 )
 (func $10 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local.set $15
   (i32.shl
    (local.get $3)
    (i32.const 4)
   )
  )
  (local.set $7
   (i32.add
    (local.get $4)
    (local.get $5)
   )
  )
  (local.set $6
   (local.get $4)
  )
  (block $block
   (loop $label2
    (br_if $block
     (i32.ge_s
      (local.get $6)
      (local.get $7)
     )
    )
    (local.set $9
     (i32.sub
      (i32.mul
       (local.get $6)
       (i32.const 1)
      )
      (i32.const 1)
     )
    )
    (local.set $10
     (select
      (i32.sub
       (i32.const 0)
       (local.get $9)
      )
      (i32.const 0)
      (i32.lt_s
       (local.get $9)
       (i32.const 0)
      )
     )
    )
    (local.set $11
     (i32.sub
      (i32.const 4)
      (local.get $9)
     )
    )
    (local.set $11
     (select
      (i32.const 3)
      (local.get $11)
      (i32.gt_s
       (local.get $11)
       (i32.const 3)
      )
     )
    )
    (local.set $20
     (i32.add
      (local.get $0)
      (i32.mul
       (i32.sub
        (i32.mul
         (i32.add
          (local.get $9)
          (local.get $10)
         )
         (i32.const 4)
        )
        (i32.const 1)
       )
       (i32.const 192)
      )
     )
    )
    (local.set $13
     (i32.mul
      (local.get $10)
      (i32.const 48)
     )
    )
    (local.set $21
     (i32.add
      (local.get $2)
      (i32.mul
       (local.get $6)
       (i32.const 768)
      )
     )
    )
    (local.set $22
     (i32.add
      (local.get $20)
      (i32.mul
       (i32.const 0)
       (i32.const 192)
      )
     )
    )
    (local.set $23
     (i32.add
      (local.get $21)
      (i32.mul
       (i32.const 0)
       (i32.const 192)
      )
     )
    )
    (local.set $16
     (local.get $1)
    )
    (local.set $14
     (i32.const 0)
    )
    (block $block1
     (loop $label1
      (br_if $block1
       (i32.ge_s
        (local.get $14)
        (local.get $15)
       )
      )
      (local.set $24
       (v128.load
        (local.get $16)
       )
      )
      (local.set $25
       (v128.load
        (local.get $16)
       )
      )
      (local.set $26
       (v128.load
        (local.get $16)
       )
      )
      (local.set $27
       (v128.load
        (local.get $16)
       )
      )
      (local.set $18
       (i32.add
        (i32.add
         (local.get $22)
         (local.get $14)
        )
        (i32.const 0)
       )
      )
      (local.set $17
       (i32.add
        (i32.add
         (local.get $16)
         (local.get $13)
        )
        (i32.const 16)
       )
      )
      (local.set $12
       (local.get $10)
      )
      (block $block2
       (loop $label
        (br_if $block2
         (i32.ge_s
          (local.get $12)
          (local.get $11)
         )
        )
        (local.set $31
         (v128.load
          (local.get $17)
         )
        )
        (local.set $32
         (v128.load offset=16
          (local.get $17)
         )
        )
        (local.set $33
         (v128.load offset=32
          (local.get $17)
         )
        )
        (local.set $34
         (v128.load offset=192
          (local.get $18)
         )
        )
        (local.set $24
         (f32x4.add
          (local.get $24)
          (f32x4.mul
           (local.get $34)
           (local.get $32)
          )
         )
        )
        (local.set $25
         (f32x4.add
          (local.get $25)
          (f32x4.mul
           (local.get $34)
           (local.get $31)
          )
         )
        )
        (local.set $34
         (v128.load offset=384
          (local.get $18)
         )
        )
        (local.set $24
         (f32x4.add
          (local.get $24)
          (f32x4.mul
           (local.get $34)
           (local.get $33)
          )
         )
        )
        (local.set $25
         (f32x4.add
          (local.get $25)
          (f32x4.mul
           (local.get $34)
           (local.get $32)
          )
         )
        )
        (local.set $26
         (f32x4.add
          (local.get $26)
          (f32x4.mul
           (local.get $34)
           (local.get $31)
          )
         )
        )
        (local.set $34
         (v128.load offset=576
          (local.get $18)
         )
        )
        (local.set $25
         (f32x4.add
          (local.get $25)
          (f32x4.mul
           (local.get $34)
           (local.get $33)
          )
         )
        )
        (local.set $26
         (f32x4.add
          (local.get $26)
          (f32x4.mul
           (local.get $34)
           (local.get $32)
          )
         )
        )
        (local.set $27
         (f32x4.add
          (local.get $27)
          (f32x4.mul
           (local.get $34)
           (local.get $31)
          )
         )
        )
        (local.set $34
         (v128.load offset=768
          (local.get $18)
         )
        )
        (local.set $26
         (f32x4.add
          (local.get $26)
          (f32x4.mul
           (local.get $34)
           (local.get $33)
          )
         )
        )
        (local.set $27
         (f32x4.add
          (local.get $27)
          (f32x4.mul
           (local.get $34)
           (local.get $32)
          )
         )
        )
        (local.set $18
         (i32.add
          (local.get $18)
          (i32.const 768)
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (i32.const 48)
         )
        )
        (local.set $12
         (i32.add
          (local.get $12)
          (i32.const 1)
         )
        )
        (br $label)
       )
       (unreachable)
      )
      (local.set $19
       (i32.add
        (local.get $23)
        (local.get $14)
       )
      )
      (v128.store
       (local.get $19)
       (block (result v128)
        (local.set $35
         (local.get $24)
        )
        (local.set $36
         (local.get $35)
        )
        (f32x4.div
         (local.get $35)
         (block (result v128)
          (local.set $36
           (f32x4.pmin
            (f32x4.pmax
             (local.get $36)
             (global.get $global$3)
            )
            (global.get $global$4)
           )
          )
          (local.set $37
           (f32x4.add
            (global.get $global$6)
            (f32x4.mul
             (local.get $36)
             (global.get $global$5)
            )
           )
          )
          (local.set $38
           (f32x4.sub
            (local.get $37)
            (global.get $global$6)
           )
          )
          (local.set $39
           (f32x4.add
            (local.get $36)
            (f32x4.mul
             (local.get $38)
             (global.get $global$7)
            )
           )
          )
          (local.set $40
           (global.get $global$8)
          )
          (local.set $40
           (f32x4.add
            (global.get $global$9)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (local.set $40
           (f32x4.add
            (global.get $global$10)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (local.set $40
           (f32x4.add
            (global.get $global$11)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (local.set $40
           (f32x4.add
            (global.get $global$12)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (local.set $40
           (f32x4.add
            (global.get $global$13)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (f32x4.add
           (global.get $global$14)
           (f32x4.mul
            (local.get $40)
            (i32x4.shl
             (local.get $37)
             (i32.const 23)
            )
           )
          )
         )
        )
       )
      )
      (v128.store offset=192
       (local.get $19)
       (block (result v128)
        (local.set $35
         (local.get $25)
        )
        (local.set $36
         (local.get $35)
        )
        (f32x4.div
         (local.get $35)
         (block (result v128)
          (local.set $36
           (f32x4.pmin
            (f32x4.pmax
             (local.get $36)
             (global.get $global$3)
            )
            (global.get $global$4)
           )
          )
          (local.set $37
           (f32x4.add
            (global.get $global$6)
            (f32x4.mul
             (local.get $36)
             (global.get $global$5)
            )
           )
          )
          (local.set $38
           (f32x4.sub
            (local.get $37)
            (global.get $global$6)
           )
          )
          (local.set $39
           (f32x4.add
            (local.get $36)
            (f32x4.mul
             (local.get $38)
             (global.get $global$7)
            )
           )
          )
          (local.set $40
           (global.get $global$8)
          )
          (local.set $40
           (f32x4.add
            (global.get $global$9)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (local.set $40
           (f32x4.add
            (global.get $global$10)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (local.set $40
           (f32x4.add
            (global.get $global$11)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (local.set $40
           (f32x4.add
            (global.get $global$12)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (local.set $40
           (f32x4.add
            (global.get $global$13)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (f32x4.add
           (global.get $global$14)
           (f32x4.mul
            (local.get $40)
            (i32x4.shl
             (local.get $37)
             (i32.const 23)
            )
           )
          )
         )
        )
       )
      )
      (v128.store offset=384
       (local.get $19)
       (block (result v128)
        (local.set $35
         (local.get $26)
        )
        (local.set $36
         (local.get $35)
        )
        (f32x4.div
         (local.get $35)
         (block (result v128)
          (local.set $36
           (f32x4.pmin
            (f32x4.pmax
             (local.get $36)
             (global.get $global$3)
            )
            (global.get $global$4)
           )
          )
          (local.set $37
           (f32x4.add
            (global.get $global$6)
            (f32x4.mul
             (local.get $36)
             (global.get $global$5)
            )
           )
          )
          (local.set $38
           (f32x4.sub
            (local.get $37)
            (global.get $global$6)
           )
          )
          (local.set $39
           (f32x4.add
            (local.get $36)
            (f32x4.mul
             (local.get $38)
             (global.get $global$7)
            )
           )
          )
          (local.set $40
           (global.get $global$8)
          )
          (local.set $40
           (f32x4.add
            (global.get $global$9)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (local.set $40
           (f32x4.add
            (global.get $global$10)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (local.set $40
           (f32x4.add
            (global.get $global$11)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (local.set $40
           (f32x4.add
            (global.get $global$12)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (local.set $40
           (f32x4.add
            (global.get $global$13)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (f32x4.add
           (global.get $global$14)
           (f32x4.mul
            (local.get $40)
            (i32x4.shl
             (local.get $37)
             (i32.const 23)
            )
           )
          )
         )
        )
       )
      )
      (v128.store offset=576
       (local.get $19)
       (block (result v128)
        (local.set $35
         (local.get $27)
        )
        (local.set $36
         (local.get $35)
        )
        (f32x4.div
         (local.get $35)
         (block (result v128)
          (local.set $36
           (f32x4.pmin
            (f32x4.pmax
             (local.get $36)
             (global.get $global$3)
            )
            (global.get $global$4)
           )
          )
          (local.set $37
           (f32x4.add
            (global.get $global$6)
            (f32x4.mul
             (local.get $36)
             (global.get $global$5)
            )
           )
          )
          (local.set $38
           (f32x4.sub
            (local.get $37)
            (global.get $global$6)
           )
          )
          (local.set $39
           (f32x4.add
            (local.get $36)
            (f32x4.mul
             (local.get $38)
             (global.get $global$7)
            )
           )
          )
          (local.set $40
           (global.get $global$8)
          )
          (local.set $40
           (f32x4.add
            (global.get $global$9)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (local.set $40
           (f32x4.add
            (global.get $global$10)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (local.set $40
           (f32x4.add
            (global.get $global$11)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (local.set $40
           (f32x4.add
            (global.get $global$12)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (local.set $40
           (f32x4.add
            (global.get $global$13)
            (f32x4.mul
             (local.get $40)
             (local.get $39)
            )
           )
          )
          (f32x4.add
           (global.get $global$14)
           (f32x4.mul
            (local.get $40)
            (i32x4.shl
             (local.get $37)
             (i32.const 23)
            )
           )
          )
         )
        )
       )
      )
      (local.set $16
       (i32.add
        (local.get $16)
        (i32.const 160)
       )
      )
      (local.set $14
       (i32.add
        (local.get $14)
        (i32.const 16)
       )
      )
      (br $label1)
     )
     (unreachable)
    )
    (local.set $6
     (i32.add
      (local.get $6)
      (i32.const 1)
     )
    )
    (br $label2)
   )
   (unreachable)
  )
 )
 (func $11 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local $37 v128)
  (local $38 v128)
  (local $39 v128)
  (local $40 v128)
  (local $41 v128)
  (local $42 v128)
  (local.set $15
   (i32.shl
    (local.get $3)
    (i32.const 4)
   )
  )
  (local.set $7
   (i32.add
    (local.get $4)
    (local.get $5)
   )
  )
  (local.set $6
   (local.get $4)
  )
  (block $block
   (loop $label2
    (br_if $block
     (i32.ge_s
      (local.get $6)
      (local.get $7)
     )
    )
    (local.set $9
     (i32.sub
      (i32.mul
       (local.get $6)
       (i32.const 1)
      )
      (i32.const 2)
     )
    )
    (local.set $10
     (select
      (i32.sub
       (i32.const 0)
       (local.get $9)
      )
      (i32.const 0)
      (i32.lt_s
       (local.get $9)
       (i32.const 0)
      )
     )
    )
    (local.set $11
     (i32.sub
      (i32.const 4)
      (local.get $9)
     )
    )
    (local.set $11
     (select
      (i32.const 5)
      (local.get $11)
      (i32.gt_s
       (local.get $11)
       (i32.const 5)
      )
     )
    )
    (local.set $20
     (i32.add
      (local.get $0)
      (i32.mul
       (i32.sub
        (i32.mul
         (i32.add
          (local.get $9)
          (local.get $10)
         )
         (i32.const 4)
        )
        (i32.const 2)
       )
       (i32.const 192)
      )
     )
    )
    (local.set $13
     (i32.mul
      (local.get $10)
      (i32.const 80)
     )
    )
    (local.set $21
     (i32.add
      (local.get $2)
      (i32.mul
       (local.get $6)
       (i32.const 768)
      )
     )
    )
    (local.set $22
     (i32.add
      (local.get $20)
      (i32.mul
       (i32.const 0)
       (i32.const 192)
      )
     )
    )
    (local.set $23
     (i32.add
      (local.get $21)
      (i32.mul
       (i32.const 0)
       (i32.const 192)
      )
     )
    )
    (local.set $16
     (local.get $1)
    )
    (local.set $14
     (i32.const 0)
    )
    (block $block1
     (loop $label1
      (br_if $block1
       (i32.ge_s
        (local.get $14)
        (local.get $15)
       )
      )
      (local.set $24
       (v128.load
        (local.get $16)
       )
      )
      (local.set $25
       (v128.load
        (local.get $16)
       )
      )
      (local.set $26
       (v128.load
        (local.get $16)
       )
      )
      (local.set $27
       (v128.load
        (local.get $16)
       )
      )
      (local.set $18
       (i32.add
        (i32.add
         (local.get $22)
         (local.get $14)
        )
        (i32.const 0)
       )
      )
      (local.set $17
       (i32.add
        (i32.add
         (local.get $16)
         (local.get $13)
        )
        (i32.const 16)
       )
      )
      (local.set $12
       (local.get $10)
      )
      (block $block2
       (loop $label
        (br_if $block2
         (i32.ge_s
          (local.get $12)
          (local.get $11)
         )
        )
        (local.set $31
         (v128.load
          (local.get $17)
         )
        )
        (local.set $32
         (v128.load offset=16
          (local.get $17)
         )
        )
        (local.set $33
         (v128.load offset=32
          (local.get $17)
         )
        )
        (local.set $34
         (v128.load offset=48
          (local.get $17)
         )
        )
        (local.set $35
         (v128.load offset=64
          (local.get $17)
         )
        )
        (local.set $36
         (v128.load offset=384
          (local.get $18)
         )
        )
        (local.set $24
         (f32x4.add
          (local.get $24)
          (f32x4.mul
           (local.get $36)
           (local.get $33)
          )
         )
        )
        (local.set $25
         (f32x4.add
          (local.get $25)
          (f32x4.mul
           (local.get $36)
           (local.get $32)
          )
         )
        )
        (local.set $26
         (f32x4.add
          (local.get $26)
          (f32x4.mul
           (local.get $36)
           (local.get $31)
          )
         )
        )
        (local.set $36
         (v128.load offset=576
          (local.get $18)
         )
        )
        (local.set $24
         (f32x4.add
          (local.get $24)
          (f32x4.mul
           (local.get $36)
           (local.get $34)
          )
         )
        )
        (local.set $25
         (f32x4.add
          (local.get $25)
          (f32x4.mul
           (local.get $36)
           (local.get $33)
          )
         )
        )
        (local.set $26
         (f32x4.add
          (local.get $26)
          (f32x4.mul
           (local.get $36)
           (local.get $32)
          )
         )
        )
        (local.set $27
         (f32x4.add
          (local.get $27)
          (f32x4.mul
           (local.get $36)
           (local.get $31)
          )
         )
        )
        (local.set $36
         (v128.load offset=768
          (local.get $18)
         )
        )
        (local.set $24
         (f32x4.add
          (local.get $24)
          (f32x4.mul
           (local.get $36)
           (local.get $35)
          )
         )
        )
        (local.set $25
         (f32x4.add
          (local.get $25)
          (f32x4.mul
           (local.get $36)
           (local.get $34)
          )
         )
        )
        (local.set $26
         (f32x4.add
          (local.get $26)
          (f32x4.mul
           (local.get $36)
           (local.get $33)
          )
         )
        )
        (local.set $27
         (f32x4.add
          (local.get $27)
          (f32x4.mul
           (local.get $36)
           (local.get $32)
          )
         )
        )
        (local.set $36
         (v128.load offset=960
          (local.get $18)
         )
        )
        (local.set $25
         (f32x4.add
          (local.get $25)
          (f32x4.mul
           (local.get $36)
           (local.get $35)
          )
         )
        )
        (local.set $26
         (f32x4.add
          (local.get $26)
          (f32x4.mul
           (local.get $36)
           (local.get $34)
          )
         )
        )
        (local.set $27
         (f32x4.add
          (local.get $27)
          (f32x4.mul
           (local.get $36)
           (local.get $33)
          )
         )
        )
        (local.set $18
         (i32.add
          (local.get $18)
          (i32.const 768)
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (i32.const 80)
         )
        )
        (local.set $12
         (i32.add
          (local.get $12)
          (i32.const 1)
         )
        )
        (br $label)
       )
       (unreachable)
      )
      (local.set $19
       (i32.add
        (local.get $23)
        (local.get $14)
       )
      )
      (v128.store
       (local.get $19)
       (block (result v128)
        (local.set $37
         (local.get $24)
        )
        (local.set $38
         (local.get $37)
        )
        (f32x4.div
         (local.get $37)
         (block (result v128)
          (local.set $38
           (f32x4.pmin
            (f32x4.pmax
             (local.get $38)
             (global.get $global$3)
            )
            (global.get $global$4)
           )
          )
          (local.set $39
           (f32x4.add
            (global.get $global$6)
            (f32x4.mul
             (local.get $38)
             (global.get $global$5)
            )
           )
          )
          (local.set $40
           (f32x4.sub
            (local.get $39)
            (global.get $global$6)
           )
          )
          (local.set $41
           (f32x4.add
            (local.get $38)
            (f32x4.mul
             (local.get $40)
             (global.get $global$7)
            )
           )
          )
          (local.set $42
           (global.get $global$8)
          )
          (local.set $42
           (f32x4.add
            (global.get $global$9)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$10)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$11)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$12)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$13)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (f32x4.add
           (global.get $global$14)
           (f32x4.mul
            (local.get $42)
            (i32x4.shl
             (local.get $39)
             (i32.const 23)
            )
           )
          )
         )
        )
       )
      )
      (v128.store offset=192
       (local.get $19)
       (block (result v128)
        (local.set $37
         (local.get $25)
        )
        (local.set $38
         (local.get $37)
        )
        (f32x4.div
         (local.get $37)
         (block (result v128)
          (local.set $38
           (f32x4.pmin
            (f32x4.pmax
             (local.get $38)
             (global.get $global$3)
            )
            (global.get $global$4)
           )
          )
          (local.set $39
           (f32x4.add
            (global.get $global$6)
            (f32x4.mul
             (local.get $38)
             (global.get $global$5)
            )
           )
          )
          (local.set $40
           (f32x4.sub
            (local.get $39)
            (global.get $global$6)
           )
          )
          (local.set $41
           (f32x4.add
            (local.get $38)
            (f32x4.mul
             (local.get $40)
             (global.get $global$7)
            )
           )
          )
          (local.set $42
           (global.get $global$8)
          )
          (local.set $42
           (f32x4.add
            (global.get $global$9)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$10)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$11)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$12)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$13)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (f32x4.add
           (global.get $global$14)
           (f32x4.mul
            (local.get $42)
            (i32x4.shl
             (local.get $39)
             (i32.const 23)
            )
           )
          )
         )
        )
       )
      )
      (v128.store offset=384
       (local.get $19)
       (block (result v128)
        (local.set $37
         (local.get $26)
        )
        (local.set $38
         (local.get $37)
        )
        (f32x4.div
         (local.get $37)
         (block (result v128)
          (local.set $38
           (f32x4.pmin
            (f32x4.pmax
             (local.get $38)
             (global.get $global$3)
            )
            (global.get $global$4)
           )
          )
          (local.set $39
           (f32x4.add
            (global.get $global$6)
            (f32x4.mul
             (local.get $38)
             (global.get $global$5)
            )
           )
          )
          (local.set $40
           (f32x4.sub
            (local.get $39)
            (global.get $global$6)
           )
          )
          (local.set $41
           (f32x4.add
            (local.get $38)
            (f32x4.mul
             (local.get $40)
             (global.get $global$7)
            )
           )
          )
          (local.set $42
           (global.get $global$8)
          )
          (local.set $42
           (f32x4.add
            (global.get $global$9)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$10)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$11)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$12)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$13)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (f32x4.add
           (global.get $global$14)
           (f32x4.mul
            (local.get $42)
            (i32x4.shl
             (local.get $39)
             (i32.const 23)
            )
           )
          )
         )
        )
       )
      )
      (v128.store offset=576
       (local.get $19)
       (block (result v128)
        (local.set $37
         (local.get $27)
        )
        (local.set $38
         (local.get $37)
        )
        (f32x4.div
         (local.get $37)
         (block (result v128)
          (local.set $38
           (f32x4.pmin
            (f32x4.pmax
             (local.get $38)
             (global.get $global$3)
            )
            (global.get $global$4)
           )
          )
          (local.set $39
           (f32x4.add
            (global.get $global$6)
            (f32x4.mul
             (local.get $38)
             (global.get $global$5)
            )
           )
          )
          (local.set $40
           (f32x4.sub
            (local.get $39)
            (global.get $global$6)
           )
          )
          (local.set $41
           (f32x4.add
            (local.get $38)
            (f32x4.mul
             (local.get $40)
             (global.get $global$7)
            )
           )
          )
          (local.set $42
           (global.get $global$8)
          )
          (local.set $42
           (f32x4.add
            (global.get $global$9)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$10)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$11)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$12)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (local.set $42
           (f32x4.add
            (global.get $global$13)
            (f32x4.mul
             (local.get $42)
             (local.get $41)
            )
           )
          )
          (f32x4.add
           (global.get $global$14)
           (f32x4.mul
            (local.get $42)
            (i32x4.shl
             (local.get $39)
             (i32.const 23)
            )
           )
          )
         )
        )
       )
      )
      (local.set $16
       (i32.add
        (local.get $16)
        (i32.const 416)
       )
      )
      (local.set $14
       (i32.add
        (local.get $14)
        (i32.const 16)
       )
      )
      (br $label1)
     )
     (unreachable)
    )
    (local.set $6
     (i32.add
      (local.get $6)
      (i32.const 1)
     )
    )
    (br $label2)
   )
   (unreachable)
  )
 )
 (func $12 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 f32)
  (local.set $5
   (i32.const 0)
  )
  (block $block
   (loop $label
    (br_if $block
     (i32.ge_s
      (local.get $5)
      (i32.const 192)
     )
    )
    (v128.store
     (i32.add
      (local.get $3)
      (local.get $5)
     )
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $5
     (i32.add
      (local.get $5)
      (i32.const 16)
     )
    )
    (br $label)
   )
   (unreachable)
  )
  (local.set $4
   (i32.const 0)
  )
  (block $block1
   (loop $label2
    (br_if $block1
     (i32.ge_s
      (local.get $4)
      (i32.const 16)
     )
    )
    (local.set $5
     (i32.const 0)
    )
    (block $block2
     (loop $label1
      (br_if $block2
       (i32.ge_s
        (local.get $5)
        (i32.const 192)
       )
      )
      (v128.store
       (i32.add
        (local.get $3)
        (local.get $5)
       )
       (f32x4.add
        (v128.load
         (i32.add
          (local.get $3)
          (local.get $5)
         )
        )
        (v128.load
         (i32.add
          (local.get $0)
          (i32.add
           (i32.mul
            (local.get $4)
            (i32.const 192)
           )
           (local.get $5)
          )
         )
        )
       )
      )
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 16)
       )
      )
      (br $label1)
     )
     (unreachable)
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (i32.const 1)
     )
    )
    (br $label2)
   )
   (unreachable)
  )
  (local.set $5
   (i32.const 0)
  )
  (block $block3
   (loop $label3
    (br_if $block3
     (i32.ge_s
      (local.get $5)
      (i32.const 192)
     )
    )
    (v128.store
     (i32.add
      (local.get $3)
      (local.get $5)
     )
     (f32x4.mul
      (v128.load
       (i32.add
        (local.get $3)
        (local.get $5)
       )
      )
      (v128.const i32x4 0x3d800000 0x3d800000 0x3d800000 0x3d800000)
     )
    )
    (local.set $5
     (i32.add
      (local.get $5)
      (i32.const 16)
     )
    )
    (br $label3)
   )
   (unreachable)
  )
  (local.set $6
   (i32.const 0)
  )
  (block $block4
   (loop $label5
    (br_if $block4
     (i32.ge_s
      (local.get $6)
      (i32.const 16)
     )
    )
    (local.set $8
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $9
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $10
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $11
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $7
     (i32.add
      (local.get $1)
      (i32.mul
       (local.get $6)
       (i32.const 48)
      )
     )
    )
    (local.set $5
     (i32.const 0)
    )
    (block $block5
     (loop $label4
      (br_if $block5
       (i32.ge_s
        (local.get $5)
        (i32.const 192)
       )
      )
      (local.set $12
       (v128.load
        (i32.add
         (local.get $3)
         (local.get $5)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $12)
         (v128.load
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $12)
         (v128.load offset=192
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $12)
         (v128.load offset=384
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (local.set $11
       (f32x4.add
        (local.get $11)
        (f32x4.mul
         (local.get $12)
         (v128.load offset=576
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 16)
       )
      )
      (br $label4)
     )
     (unreachable)
    )
    (local.set $19
     (f32.add
      (f32.add
       (f32x4.extract_lane 0
        (local.get $8)
       )
       (f32x4.extract_lane 1
        (local.get $8)
       )
      )
      (f32.add
       (f32x4.extract_lane 2
        (local.get $8)
       )
       (f32x4.extract_lane 3
        (local.get $8)
       )
      )
     )
    )
    (local.set $19
     (f32.add
      (local.get $19)
      (f32.load offset=768
       (i32.add
        (local.get $1)
        (local.get $6)
       )
      )
     )
    )
    (f32.store offset=192
     (i32.add
      (local.get $3)
      (local.get $6)
     )
     (block (result f32)
      (local.set $13
       (f32x4.splat
        (local.get $19)
       )
      )
      (local.set $14
       (local.get $13)
      )
      (f32x4.extract_lane 0
       (f32x4.div
        (local.get $13)
        (block (result v128)
         (local.set $14
          (f32x4.pmin
           (f32x4.pmax
            (local.get $14)
            (global.get $global$3)
           )
           (global.get $global$4)
          )
         )
         (local.set $15
          (f32x4.add
           (global.get $global$6)
           (f32x4.mul
            (local.get $14)
            (global.get $global$5)
           )
          )
         )
         (local.set $16
          (f32x4.sub
           (local.get $15)
           (global.get $global$6)
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $16)
            (global.get $global$7)
           )
          )
         )
         (local.set $18
          (global.get $global$8)
         )
         (local.set $18
          (f32x4.add
           (global.get $global$9)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$10)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$11)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$12)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$13)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (f32x4.add
          (global.get $global$14)
          (f32x4.mul
           (local.get $18)
           (i32x4.shl
            (local.get $15)
            (i32.const 23)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $19
     (f32.add
      (f32.add
       (f32x4.extract_lane 0
        (local.get $9)
       )
       (f32x4.extract_lane 1
        (local.get $9)
       )
      )
      (f32.add
       (f32x4.extract_lane 2
        (local.get $9)
       )
       (f32x4.extract_lane 3
        (local.get $9)
       )
      )
     )
    )
    (local.set $19
     (f32.add
      (local.get $19)
      (f32.load offset=772
       (i32.add
        (local.get $1)
        (local.get $6)
       )
      )
     )
    )
    (f32.store offset=196
     (i32.add
      (local.get $3)
      (local.get $6)
     )
     (block (result f32)
      (local.set $13
       (f32x4.splat
        (local.get $19)
       )
      )
      (local.set $14
       (local.get $13)
      )
      (f32x4.extract_lane 0
       (f32x4.div
        (local.get $13)
        (block (result v128)
         (local.set $14
          (f32x4.pmin
           (f32x4.pmax
            (local.get $14)
            (global.get $global$3)
           )
           (global.get $global$4)
          )
         )
         (local.set $15
          (f32x4.add
           (global.get $global$6)
           (f32x4.mul
            (local.get $14)
            (global.get $global$5)
           )
          )
         )
         (local.set $16
          (f32x4.sub
           (local.get $15)
           (global.get $global$6)
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $16)
            (global.get $global$7)
           )
          )
         )
         (local.set $18
          (global.get $global$8)
         )
         (local.set $18
          (f32x4.add
           (global.get $global$9)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$10)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$11)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$12)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$13)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (f32x4.add
          (global.get $global$14)
          (f32x4.mul
           (local.get $18)
           (i32x4.shl
            (local.get $15)
            (i32.const 23)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $19
     (f32.add
      (f32.add
       (f32x4.extract_lane 0
        (local.get $10)
       )
       (f32x4.extract_lane 1
        (local.get $10)
       )
      )
      (f32.add
       (f32x4.extract_lane 2
        (local.get $10)
       )
       (f32x4.extract_lane 3
        (local.get $10)
       )
      )
     )
    )
    (local.set $19
     (f32.add
      (local.get $19)
      (f32.load offset=776
       (i32.add
        (local.get $1)
        (local.get $6)
       )
      )
     )
    )
    (f32.store offset=200
     (i32.add
      (local.get $3)
      (local.get $6)
     )
     (block (result f32)
      (local.set $13
       (f32x4.splat
        (local.get $19)
       )
      )
      (local.set $14
       (local.get $13)
      )
      (f32x4.extract_lane 0
       (f32x4.div
        (local.get $13)
        (block (result v128)
         (local.set $14
          (f32x4.pmin
           (f32x4.pmax
            (local.get $14)
            (global.get $global$3)
           )
           (global.get $global$4)
          )
         )
         (local.set $15
          (f32x4.add
           (global.get $global$6)
           (f32x4.mul
            (local.get $14)
            (global.get $global$5)
           )
          )
         )
         (local.set $16
          (f32x4.sub
           (local.get $15)
           (global.get $global$6)
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $16)
            (global.get $global$7)
           )
          )
         )
         (local.set $18
          (global.get $global$8)
         )
         (local.set $18
          (f32x4.add
           (global.get $global$9)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$10)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$11)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$12)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$13)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (f32x4.add
          (global.get $global$14)
          (f32x4.mul
           (local.get $18)
           (i32x4.shl
            (local.get $15)
            (i32.const 23)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $19
     (f32.add
      (f32.add
       (f32x4.extract_lane 0
        (local.get $11)
       )
       (f32x4.extract_lane 1
        (local.get $11)
       )
      )
      (f32.add
       (f32x4.extract_lane 2
        (local.get $11)
       )
       (f32x4.extract_lane 3
        (local.get $11)
       )
      )
     )
    )
    (local.set $19
     (f32.add
      (local.get $19)
      (f32.load offset=780
       (i32.add
        (local.get $1)
        (local.get $6)
       )
      )
     )
    )
    (f32.store offset=204
     (i32.add
      (local.get $3)
      (local.get $6)
     )
     (block (result f32)
      (local.set $13
       (f32x4.splat
        (local.get $19)
       )
      )
      (local.set $14
       (local.get $13)
      )
      (f32x4.extract_lane 0
       (f32x4.div
        (local.get $13)
        (block (result v128)
         (local.set $14
          (f32x4.pmin
           (f32x4.pmax
            (local.get $14)
            (global.get $global$3)
           )
           (global.get $global$4)
          )
         )
         (local.set $15
          (f32x4.add
           (global.get $global$6)
           (f32x4.mul
            (local.get $14)
            (global.get $global$5)
           )
          )
         )
         (local.set $16
          (f32x4.sub
           (local.get $15)
           (global.get $global$6)
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $16)
            (global.get $global$7)
           )
          )
         )
         (local.set $18
          (global.get $global$8)
         )
         (local.set $18
          (f32x4.add
           (global.get $global$9)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$10)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$11)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$12)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$13)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (f32x4.add
          (global.get $global$14)
          (f32x4.mul
           (local.get $18)
           (i32x4.shl
            (local.get $15)
            (i32.const 23)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $6
     (i32.add
      (local.get $6)
      (i32.const 16)
     )
    )
    (br $label5)
   )
   (unreachable)
  )
  (local.set $6
   (i32.const 16)
  )
  (block $block6
   (loop $label7
    (br_if $block6
     (i32.ge_s
      (local.get $6)
      (i32.const 16)
     )
    )
    (local.set $8
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $7
     (i32.add
      (local.get $1)
      (i32.mul
       (local.get $6)
       (i32.const 48)
      )
     )
    )
    (local.set $5
     (i32.const 0)
    )
    (block $block7
     (loop $label6
      (br_if $block7
       (i32.ge_s
        (local.get $5)
        (i32.const 192)
       )
      )
      (local.set $12
       (v128.load
        (i32.add
         (local.get $3)
         (local.get $5)
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $12)
         (v128.load
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 16)
       )
      )
      (br $label6)
     )
     (unreachable)
    )
    (local.set $19
     (f32.add
      (f32.add
       (f32x4.extract_lane 0
        (local.get $8)
       )
       (f32x4.extract_lane 1
        (local.get $8)
       )
      )
      (f32.add
       (f32x4.extract_lane 2
        (local.get $8)
       )
       (f32x4.extract_lane 3
        (local.get $8)
       )
      )
     )
    )
    (local.set $19
     (f32.add
      (local.get $19)
      (f32.load offset=768
       (i32.add
        (local.get $1)
        (local.get $6)
       )
      )
     )
    )
    (f32.store offset=192
     (i32.add
      (local.get $3)
      (local.get $6)
     )
     (block (result f32)
      (local.set $13
       (f32x4.splat
        (local.get $19)
       )
      )
      (local.set $14
       (local.get $13)
      )
      (f32x4.extract_lane 0
       (f32x4.div
        (local.get $13)
        (block (result v128)
         (local.set $14
          (f32x4.pmin
           (f32x4.pmax
            (local.get $14)
            (global.get $global$3)
           )
           (global.get $global$4)
          )
         )
         (local.set $15
          (f32x4.add
           (global.get $global$6)
           (f32x4.mul
            (local.get $14)
            (global.get $global$5)
           )
          )
         )
         (local.set $16
          (f32x4.sub
           (local.get $15)
           (global.get $global$6)
          )
         )
         (local.set $17
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $16)
            (global.get $global$7)
           )
          )
         )
         (local.set $18
          (global.get $global$8)
         )
         (local.set $18
          (f32x4.add
           (global.get $global$9)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$10)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$11)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$12)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (local.set $18
          (f32x4.add
           (global.get $global$13)
           (f32x4.mul
            (local.get $18)
            (local.get $17)
           )
          )
         )
         (f32x4.add
          (global.get $global$14)
          (f32x4.mul
           (local.get $18)
           (i32x4.shl
            (local.get $15)
            (i32.const 23)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $6
     (i32.add
      (local.get $6)
      (i32.const 4)
     )
    )
    (br $label7)
   )
   (unreachable)
  )
  (local.set $5
   (i32.const 0)
  )
  (block $block8
   (loop $label8
    (br_if $block8
     (i32.ge_s
      (local.get $5)
      (i32.const 192)
     )
    )
    (v128.store
     (i32.add
      (local.get $2)
      (local.get $5)
     )
     (v128.load offset=1552
      (i32.add
       (local.get $1)
       (local.get $5)
      )
     )
    )
    (local.set $5
     (i32.add
      (local.get $5)
      (i32.const 16)
     )
    )
    (br $label8)
   )
   (unreachable)
  )
  (local.set $7
   (i32.add
    (local.get $1)
    (i32.const 784)
   )
  )
  (local.set $6
   (i32.const 0)
  )
  (block $block9
   (loop $label11
    (br_if $block9
     (i32.ge_s
      (local.get $6)
      (i32.const 16)
     )
    )
    (local.set $12
     (v128.load32_splat offset=192
      (i32.add
       (local.get $3)
       (local.get $6)
      )
     )
    )
    (local.set $5
     (i32.const 0)
    )
    (block $block10
     (loop $label9
      (br_if $block10
       (i32.ge_s
        (local.get $5)
        (i32.const 192)
       )
      )
      (v128.store
       (i32.add
        (local.get $2)
        (local.get $5)
       )
       (f32x4.add
        (v128.load
         (i32.add
          (local.get $2)
          (local.get $5)
         )
        )
        (f32x4.mul
         (local.get $12)
         (v128.load
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (v128.store offset=16
       (i32.add
        (local.get $2)
        (local.get $5)
       )
       (f32x4.add
        (v128.load offset=16
         (i32.add
          (local.get $2)
          (local.get $5)
         )
        )
        (f32x4.mul
         (local.get $12)
         (v128.load offset=16
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (v128.store offset=32
       (i32.add
        (local.get $2)
        (local.get $5)
       )
       (f32x4.add
        (v128.load offset=32
         (i32.add
          (local.get $2)
          (local.get $5)
         )
        )
        (f32x4.mul
         (local.get $12)
         (v128.load offset=32
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (v128.store offset=48
       (i32.add
        (local.get $2)
        (local.get $5)
       )
       (f32x4.add
        (v128.load offset=48
         (i32.add
          (local.get $2)
          (local.get $5)
         )
        )
        (f32x4.mul
         (local.get $12)
         (v128.load offset=48
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 64)
       )
      )
      (br $label9)
     )
     (unreachable)
    )
    (local.set $5
     (i32.const 192)
    )
    (block $block11
     (loop $label10
      (br_if $block11
       (i32.ge_s
        (local.get $5)
        (i32.const 192)
       )
      )
      (v128.store
       (i32.add
        (local.get $2)
        (local.get $5)
       )
       (f32x4.add
        (v128.load
         (i32.add
          (local.get $2)
          (local.get $5)
         )
        )
        (f32x4.mul
         (local.get $12)
         (v128.load
          (i32.add
           (local.get $7)
           (local.get $5)
          )
         )
        )
       )
      )
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 16)
       )
      )
      (br $label10)
     )
     (unreachable)
    )
    (local.set $7
     (i32.add
      (local.get $7)
      (i32.const 192)
     )
    )
    (local.set $6
     (i32.add
      (local.get $6)
      (i32.const 4)
     )
    )
    (br $label11)
   )
   (unreachable)
  )
  (local.set $5
   (i32.const 0)
  )
  (block $block12
   (loop $label12
    (br_if $block12
     (i32.ge_s
      (local.get $5)
      (i32.const 192)
     )
    )
    (v128.store
     (i32.add
      (local.get $2)
      (local.get $5)
     )
     (block (result v128)
      (local.set $14
       (v128.load
        (i32.add
         (local.get $2)
         (local.get $5)
        )
       )
      )
      (f32x4.div
       (global.get $global$14)
       (block (result v128)
        (local.set $14
         (f32x4.pmin
          (f32x4.pmax
           (local.get $14)
           (global.get $global$3)
          )
          (global.get $global$4)
         )
        )
        (local.set $15
         (f32x4.add
          (global.get $global$6)
          (f32x4.mul
           (local.get $14)
           (global.get $global$5)
          )
         )
        )
        (local.set $16
         (f32x4.sub
          (local.get $15)
          (global.get $global$6)
         )
        )
        (local.set $17
         (f32x4.add
          (local.get $14)
          (f32x4.mul
           (local.get $16)
           (global.get $global$7)
          )
         )
        )
        (local.set $18
         (global.get $global$8)
        )
        (local.set $18
         (f32x4.add
          (global.get $global$9)
          (f32x4.mul
           (local.get $18)
           (local.get $17)
          )
         )
        )
        (local.set $18
         (f32x4.add
          (global.get $global$10)
          (f32x4.mul
           (local.get $18)
           (local.get $17)
          )
         )
        )
        (local.set $18
         (f32x4.add
          (global.get $global$11)
          (f32x4.mul
           (local.get $18)
           (local.get $17)
          )
         )
        )
        (local.set $18
         (f32x4.add
          (global.get $global$12)
          (f32x4.mul
           (local.get $18)
           (local.get $17)
          )
         )
        )
        (local.set $18
         (f32x4.add
          (global.get $global$13)
          (f32x4.mul
           (local.get $18)
           (local.get $17)
          )
         )
        )
        (f32x4.add
         (global.get $global$14)
         (f32x4.mul
          (local.get $18)
          (i32x4.shl
           (local.get $15)
           (i32.const 23)
          )
         )
        )
       )
      )
     )
    )
    (local.set $5
     (i32.add
      (local.get $5)
      (i32.const 16)
     )
    )
    (br $label12)
   )
   (unreachable)
  )
 )
 (func $13 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local.set $18
   (i32.shl
    (i32.add
     (local.get $2)
     (i32.const 1)
    )
    (i32.const 5)
   )
  )
  (local.set $9
   (i32.const 0)
  )
  (block $block
   (loop $label3
    (br_if $block
     (i32.ge_s
      (local.get $9)
      (local.get $6)
     )
    )
    (local.set $10
     (select
      (i32.add
       (local.get $9)
       (local.get $8)
      )
      (local.get $6)
      (i32.lt_s
       (i32.add
        (local.get $9)
        (local.get $8)
       )
       (local.get $6)
      )
     )
    )
    (local.set $11
     (i32.const 0)
    )
    (block $block1
     (loop $label2
      (br_if $block1
       (i32.ge_s
        (local.get $11)
        (local.get $7)
       )
      )
      (local.set $13
       (i32.add
        (local.get $1)
        (i32.mul
         (local.get $11)
         (local.get $18)
        )
       )
      )
      (local.set $14
       (i32.shl
        (local.get $11)
        (i32.const 5)
       )
      )
      (local.set $12
       (local.get $9)
      )
      (block $block2
       (loop $label1
        (br_if $block2
         (i32.ge_s
          (local.get $12)
          (local.get $10)
         )
        )
        (local.set $20
         (v128.load
          (local.get $13)
         )
        )
        (local.set $21
         (v128.load offset=16
          (local.get $13)
         )
        )
        (local.set $22
         (local.get $20)
        )
        (local.set $23
         (local.get $21)
        )
        (local.set $24
         (local.get $20)
        )
        (local.set $25
         (local.get $21)
        )
        (local.set $26
         (local.get $20)
        )
        (local.set $27
         (local.get $21)
        )
        (local.set $19
         (i32.add
          (local.get $0)
          (i32.mul
           (local.get $12)
           (i32.const 192)
          )
         )
        )
        (local.set $15
         (i32.add
          (local.get $13)
          (i32.const 32)
         )
        )
        (local.set $16
         (local.get $2)
        )
        (loop $label
         (local.set $28
          (v128.load
           (local.get $15)
          )
         )
         (local.set $29
          (v128.load offset=16
           (local.get $15)
          )
         )
         (local.set $30
          (v128.load32_splat
           (local.get $19)
          )
         )
         (local.set $20
          (f32x4.add
           (local.get $20)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $21
          (f32x4.add
           (local.get $21)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $30
          (v128.load32_splat offset=192
           (local.get $19)
          )
         )
         (local.set $22
          (f32x4.add
           (local.get $22)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $23
          (f32x4.add
           (local.get $23)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $30
          (v128.load32_splat offset=384
           (local.get $19)
          )
         )
         (local.set $24
          (f32x4.add
           (local.get $24)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $25
          (f32x4.add
           (local.get $25)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $30
          (v128.load32_splat offset=576
           (local.get $19)
          )
         )
         (local.set $26
          (f32x4.add
           (local.get $26)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $27
          (f32x4.add
           (local.get $27)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $19
          (i32.add
           (local.get $19)
           (i32.const 4)
          )
         )
         (local.set $15
          (i32.add
           (local.get $15)
           (i32.const 32)
          )
         )
         (br_if $label
          (local.tee $16
           (i32.sub
            (local.get $16)
            (i32.const 1)
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (i32.mul
           (local.get $12)
           (local.get $4)
          )
          (local.get $14)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.add
          (local.get $20)
          (v128.load
           (i32.add
            (local.get $5)
            (local.get $17)
           )
          )
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.add
          (local.get $21)
          (v128.load offset=16
           (i32.add
            (local.get $5)
            (local.get $17)
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $4)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.add
          (local.get $22)
          (v128.load
           (i32.add
            (local.get $5)
            (local.get $17)
           )
          )
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.add
          (local.get $23)
          (v128.load offset=16
           (i32.add
            (local.get $5)
            (local.get $17)
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $4)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.add
          (local.get $24)
          (v128.load
           (i32.add
            (local.get $5)
            (local.get $17)
           )
          )
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.add
          (local.get $25)
          (v128.load offset=16
           (i32.add
            (local.get $5)
            (local.get $17)
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $4)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.add
          (local.get $26)
          (v128.load
           (i32.add
            (local.get $5)
            (local.get $17)
           )
          )
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.add
          (local.get $27)
          (v128.load offset=16
           (i32.add
            (local.get $5)
            (local.get $17)
           )
          )
         )
        )
        (local.set $12
         (i32.add
          (local.get $12)
          (i32.const 4)
         )
        )
        (br $label1)
       )
       (unreachable)
      )
      (local.set $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (br $label2)
     )
     (unreachable)
    )
    (local.set $9
     (local.get $10)
    )
    (local.set $9
     (i32.add
      (local.get $9)
      (i32.const 0)
     )
    )
    (br $label3)
   )
   (unreachable)
  )
 )
 (func $14 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 v128)
  (local.set $18
   (i32.shl
    (i32.add
     (local.get $2)
     (i32.const 1)
    )
    (i32.const 5)
   )
  )
  (local.set $9
   (i32.const 0)
  )
  (block $block
   (loop $label3
    (br_if $block
     (i32.ge_s
      (local.get $9)
      (local.get $6)
     )
    )
    (local.set $10
     (select
      (i32.add
       (local.get $9)
       (local.get $8)
      )
      (local.get $6)
      (i32.lt_s
       (i32.add
        (local.get $9)
        (local.get $8)
       )
       (local.get $6)
      )
     )
    )
    (local.set $11
     (i32.const 0)
    )
    (block $block1
     (loop $label2
      (br_if $block1
       (i32.ge_s
        (local.get $11)
        (local.get $7)
       )
      )
      (local.set $13
       (i32.add
        (local.get $1)
        (i32.mul
         (local.get $11)
         (local.get $18)
        )
       )
      )
      (local.set $14
       (i32.shl
        (local.get $11)
        (i32.const 5)
       )
      )
      (local.set $12
       (local.get $9)
      )
      (block $block2
       (loop $label1
        (br_if $block2
         (i32.ge_s
          (local.get $12)
          (local.get $10)
         )
        )
        (local.set $20
         (v128.load
          (local.get $13)
         )
        )
        (local.set $21
         (v128.load offset=16
          (local.get $13)
         )
        )
        (local.set $22
         (local.get $20)
        )
        (local.set $23
         (local.get $21)
        )
        (local.set $24
         (local.get $20)
        )
        (local.set $25
         (local.get $21)
        )
        (local.set $26
         (local.get $20)
        )
        (local.set $27
         (local.get $21)
        )
        (local.set $19
         (i32.add
          (local.get $0)
          (i32.mul
           (local.get $12)
           (i32.const 64)
          )
         )
        )
        (local.set $15
         (i32.add
          (local.get $13)
          (i32.const 32)
         )
        )
        (local.set $16
         (local.get $2)
        )
        (loop $label
         (local.set $28
          (v128.load
           (local.get $15)
          )
         )
         (local.set $29
          (v128.load offset=16
           (local.get $15)
          )
         )
         (local.set $30
          (v128.load32_splat
           (local.get $19)
          )
         )
         (local.set $20
          (f32x4.add
           (local.get $20)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $21
          (f32x4.add
           (local.get $21)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $30
          (v128.load32_splat offset=64
           (local.get $19)
          )
         )
         (local.set $22
          (f32x4.add
           (local.get $22)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $23
          (f32x4.add
           (local.get $23)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $30
          (v128.load32_splat offset=128
           (local.get $19)
          )
         )
         (local.set $24
          (f32x4.add
           (local.get $24)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $25
          (f32x4.add
           (local.get $25)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $30
          (v128.load32_splat offset=192
           (local.get $19)
          )
         )
         (local.set $26
          (f32x4.add
           (local.get $26)
           (f32x4.mul
            (local.get $30)
            (local.get $28)
           )
          )
         )
         (local.set $27
          (f32x4.add
           (local.get $27)
           (f32x4.mul
            (local.get $30)
            (local.get $29)
           )
          )
         )
         (local.set $19
          (i32.add
           (local.get $19)
           (i32.const 4)
          )
         )
         (local.set $15
          (i32.add
           (local.get $15)
           (i32.const 32)
          )
         )
         (br_if $label
          (local.tee $16
           (i32.sub
            (local.get $16)
            (i32.const 1)
           )
          )
         )
        )
        (local.set $17
         (i32.add
          (i32.mul
           (local.get $12)
           (local.get $4)
          )
          (local.get $14)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.pmax
          (local.get $20)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.pmax
          (local.get $21)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $4)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.pmax
          (local.get $22)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.pmax
          (local.get $23)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $4)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.pmax
          (local.get $24)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.pmax
          (local.get $25)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
        )
        (local.set $17
         (i32.add
          (local.get $17)
          (local.get $4)
         )
        )
        (v128.store
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.pmax
          (local.get $26)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
        )
        (v128.store offset=16
         (i32.add
          (local.get $3)
          (local.get $17)
         )
         (f32x4.pmax
          (local.get $27)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
        )
        (local.set $12
         (i32.add
          (local.get $12)
          (i32.const 4)
         )
        )
        (br $label1)
       )
       (unreachable)
      )
      (local.set $11
       (i32.add
        (local.get $11)
        (i32.const 1)
       )
      )
      (br $label2)
     )
     (unreachable)
    )
    (local.set $9
     (local.get $10)
    )
    (local.set $9
     (i32.add
      (local.get $9)
      (i32.const 0)
     )
    )
    (br $label3)
   )
   (unreachable)
  )
 )
 (func $15 (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local.set $3
   (i32.const 0)
  )
  (block $block
   (loop $label
    (br_if $block
     (i32.ge_s
      (local.get $3)
      (i32.const 128)
     )
    )
    (v128.store
     (i32.add
      (local.get $1)
      (local.get $3)
     )
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $3
     (i32.add
      (local.get $3)
      (i32.const 16)
     )
    )
    (br $label)
   )
   (unreachable)
  )
  (local.set $2
   (i32.const 0)
  )
  (block $block1
   (loop $label2
    (br_if $block1
     (i32.ge_s
      (local.get $2)
      (i32.const 16)
     )
    )
    (local.set $3
     (i32.const 0)
    )
    (block $block2
     (loop $label1
      (br_if $block2
       (i32.ge_s
        (local.get $3)
        (i32.const 128)
       )
      )
      (v128.store
       (i32.add
        (local.get $1)
        (local.get $3)
       )
       (f32x4.add
        (v128.load
         (i32.add
          (local.get $1)
          (local.get $3)
         )
        )
        (v128.load
         (i32.add
          (local.get $0)
          (i32.add
           (i32.mul
            (local.get $2)
            (i32.const 128)
           )
           (local.get $3)
          )
         )
        )
       )
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 16)
       )
      )
      (br $label1)
     )
     (unreachable)
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 1)
     )
    )
    (br $label2)
   )
   (unreachable)
  )
  (local.set $3
   (i32.const 0)
  )
  (block $block3
   (loop $label3
    (br_if $block3
     (i32.ge_s
      (local.get $3)
      (i32.const 128)
     )
    )
    (v128.store
     (i32.add
      (local.get $1)
      (local.get $3)
     )
     (f32x4.mul
      (v128.load
       (i32.add
        (local.get $1)
        (local.get $3)
       )
      )
      (v128.const i32x4 0x3d800000 0x3d800000 0x3d800000 0x3d800000)
     )
    )
    (local.set $3
     (i32.add
      (local.get $3)
      (i32.const 16)
     )
    )
    (br $label3)
   )
   (unreachable)
  )
 )
 (func $16 (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local.set $3
   (i32.const 0)
  )
  (block $block
   (loop $label1
    (br_if $block
     (i32.ge_s
      (local.get $3)
      (i32.const 0)
     )
    )
    (local.set $5
     (i32.add
      (local.get $1)
      (i32.mul
       (local.get $3)
       (i32.const 33)
      )
     )
    )
    (local.set $6
     (v128.load
      (local.get $5)
     )
    )
    (local.set $7
     (v128.load offset=16
      (local.get $5)
     )
    )
    (local.set $8
     (v128.load offset=32
      (local.get $5)
     )
    )
    (local.set $9
     (v128.load offset=48
      (local.get $5)
     )
    )
    (local.set $10
     (v128.load offset=2112
      (local.get $5)
     )
    )
    (local.set $11
     (v128.load offset=2128
      (local.get $5)
     )
    )
    (local.set $12
     (v128.load offset=2144
      (local.get $5)
     )
    )
    (local.set $13
     (v128.load offset=2160
      (local.get $5)
     )
    )
    (local.set $4
     (i32.const 0)
    )
    (block $block1
     (loop $label
      (br_if $block1
       (i32.ge_s
        (local.get $4)
        (i32.const 32)
       )
      )
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 64)
       )
      )
      (local.set $14
       (v128.load32_splat
        (i32.add
         (local.get $0)
         (i32.shl
          (local.get $4)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $6
       (f32x4.add
        (local.get $6)
        (f32x4.mul
         (local.get $14)
         (v128.load
          (local.get $5)
         )
        )
       )
      )
      (local.set $7
       (f32x4.add
        (local.get $7)
        (f32x4.mul
         (local.get $14)
         (v128.load offset=16
          (local.get $5)
         )
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $14)
         (v128.load offset=32
          (local.get $5)
         )
        )
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $14)
         (v128.load offset=48
          (local.get $5)
         )
        )
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $14)
         (v128.load offset=2112
          (local.get $5)
         )
        )
       )
      )
      (local.set $11
       (f32x4.add
        (local.get $11)
        (f32x4.mul
         (local.get $14)
         (v128.load offset=2128
          (local.get $5)
         )
        )
       )
      )
      (local.set $12
       (f32x4.add
        (local.get $12)
        (f32x4.mul
         (local.get $14)
         (v128.load offset=2144
          (local.get $5)
         )
        )
       )
      )
      (local.set $13
       (f32x4.add
        (local.get $13)
        (f32x4.mul
         (local.get $14)
         (v128.load offset=2160
          (local.get $5)
         )
        )
       )
      )
      (local.set $4
       (i32.add
        (local.get $4)
        (i32.const 1)
       )
      )
      (br $label)
     )
     (unreachable)
    )
    (v128.store
     (i32.add
      (local.get $2)
      (local.get $3)
     )
     (local.get $6)
    )
    (v128.store offset=16
     (i32.add
      (local.get $2)
      (local.get $3)
     )
     (local.get $7)
    )
    (v128.store offset=32
     (i32.add
      (local.get $2)
      (local.get $3)
     )
     (local.get $8)
    )
    (v128.store offset=48
     (i32.add
      (local.get $2)
      (local.get $3)
     )
     (local.get $9)
    )
    (v128.store offset=64
     (i32.add
      (local.get $2)
      (local.get $3)
     )
     (local.get $10)
    )
    (v128.store offset=80
     (i32.add
      (local.get $2)
      (local.get $3)
     )
     (local.get $11)
    )
    (v128.store offset=96
     (i32.add
      (local.get $2)
      (local.get $3)
     )
     (local.get $12)
    )
    (v128.store offset=112
     (i32.add
      (local.get $2)
      (local.get $3)
     )
     (local.get $13)
    )
    (local.set $3
     (i32.add
      (local.get $3)
      (i32.const 128)
     )
    )
    (br $label1)
   )
   (unreachable)
  )
  (local.set $3
   (i32.const 0)
  )
  (block $block2
   (loop $label3
    (br_if $block2
     (i32.ge_s
      (local.get $3)
      (i32.const 64)
     )
    )
    (local.set $5
     (i32.add
      (local.get $1)
      (i32.mul
       (local.get $3)
       (i32.const 33)
      )
     )
    )
    (local.set $6
     (v128.load
      (local.get $5)
     )
    )
    (local.set $7
     (v128.load offset=16
      (local.get $5)
     )
    )
    (local.set $8
     (v128.load offset=32
      (local.get $5)
     )
    )
    (local.set $9
     (v128.load offset=48
      (local.get $5)
     )
    )
    (local.set $4
     (i32.const 0)
    )
    (block $block3
     (loop $label2
      (br_if $block3
       (i32.ge_s
        (local.get $4)
        (i32.const 32)
       )
      )
      (local.set $5
       (i32.add
        (local.get $5)
        (i32.const 64)
       )
      )
      (local.set $14
       (v128.load32_splat
        (i32.add
         (local.get $0)
         (i32.shl
          (local.get $4)
          (i32.const 2)
         )
        )
       )
      )
      (local.set $6
       (f32x4.add
        (local.get $6)
        (f32x4.mul
         (local.get $14)
         (v128.load
          (local.get $5)
         )
        )
       )
      )
      (local.set $7
       (f32x4.add
        (local.get $7)
        (f32x4.mul
         (local.get $14)
         (v128.load offset=16
          (local.get $5)
         )
        )
       )
      )
      (local.set $8
       (f32x4.add
        (local.get $8)
        (f32x4.mul
         (local.get $14)
         (v128.load offset=32
          (local.get $5)
         )
        )
       )
      )
      (local.set $9
       (f32x4.add
        (local.get $9)
        (f32x4.mul
         (local.get $14)
         (v128.load offset=48
          (local.get $5)
         )
        )
       )
      )
      (local.set $4
       (i32.add
        (local.get $4)
        (i32.const 1)
       )
      )
      (br $label2)
     )
     (unreachable)
    )
    (v128.store
     (i32.add
      (local.get $2)
      (local.get $3)
     )
     (local.get $6)
    )
    (v128.store offset=16
     (i32.add
      (local.get $2)
      (local.get $3)
     )
     (local.get $7)
    )
    (v128.store offset=32
     (i32.add
      (local.get $2)
      (local.get $3)
     )
     (local.get $8)
    )
    (v128.store offset=48
     (i32.add
      (local.get $2)
      (local.get $3)
     )
     (local.get $9)
    )
    (local.set $3
     (i32.add
      (local.get $3)
      (i32.const 64)
     )
    )
    (br $label3)
   )
   (unreachable)
  )
 )
 (func $17
  (call $0
   (i32.const 28160)
   (i32.const 1024)
   (i32.const 19456)
   (i32.const 0)
   (i32.const 8)
  )
 )
 (func $18
  (call $1
   (i32.const 19456)
   (i32.const 1920)
   (i32.const 21504)
   (i32.const 2)
   (i32.const 0)
   (i32.const 8)
  )
 )
 (func $19
  (call $2
   (i32.const 21504)
   (i32.const 2240)
   (i32.const 8)
   (i32.const 25600)
   (i32.const 32)
   (i32.const 19456)
   (i32.const 64)
   (i32.const 1)
   (i32.const 64)
  )
 )
 (func $20
  (call $3
   (i32.const 25600)
   (i32.const 2560)
   (i32.const 4)
   (i32.const 19456)
   (i32.const 96)
   (i32.const 0)
   (i32.const 64)
   (i32.const 1)
   (i32.const 64)
  )
  (call $3
   (i32.const 25600)
   (i32.const 2752)
   (i32.const 8)
   (i32.const 19488)
   (i32.const 96)
   (i32.const 0)
   (i32.const 64)
   (i32.const 1)
   (i32.const 64)
  )
  (call $3
   (i32.const 25616)
   (i32.const 3072)
   (i32.const 4)
   (i32.const 19520)
   (i32.const 96)
   (i32.const 0)
   (i32.const 64)
   (i32.const 1)
   (i32.const 64)
  )
 )
 (func $21
  (call $4
   (i32.const 19456)
   (i32.const 3264)
   (i32.const 25600)
   (i32.const 3)
   (i32.const 0)
   (i32.const 4)
  )
  (call $5
   (i32.const 19504)
   (i32.const 3776)
   (i32.const 25648)
   (i32.const 3)
   (i32.const 0)
   (i32.const 4)
  )
 )
 (func $22
  (call $6
   (i32.const 25600)
   (i32.const 5056)
   (i32.const 20288)
   (i32.const 19456)
  )
 )
 (func $23
  (call $7
   (i32.const 5568)
   (i32.const 19456)
   (i32.const 20288)
   (i32.const 1)
   (i32.const 12)
  )
  (call $8
   (i32.const 25600)
   (i32.const 19456)
   (i32.const 12)
   (i32.const 27136)
   (i32.const 64)
   (i32.const 0)
   (i32.const 16)
   (i32.const 1)
   (i32.const 16)
  )
  (call $7
   (i32.const 6016)
   (i32.const 19872)
   (i32.const 20336)
   (i32.const 1)
   (i32.const 12)
  )
  (call $8
   (i32.const 25648)
   (i32.const 19872)
   (i32.const 12)
   (i32.const 27168)
   (i32.const 64)
   (i32.const 0)
   (i32.const 16)
   (i32.const 1)
   (i32.const 16)
  )
 )
 (func $24
  (call $9
   (i32.const 27136)
   (i32.const 6464)
   (i32.const 8)
   (i32.const 19456)
   (i32.const 192)
   (i32.const 0)
   (i32.const 16)
   (i32.const 3)
   (i32.const 16)
  )
  (call $9
   (i32.const 27168)
   (i32.const 7360)
   (i32.const 8)
   (i32.const 19552)
   (i32.const 192)
   (i32.const 0)
   (i32.const 16)
   (i32.const 3)
   (i32.const 16)
  )
 )
 (func $25
  (call $10
   (i32.const 19456)
   (i32.const 8256)
   (i32.const 22528)
   (i32.const 6)
   (i32.const 0)
   (i32.const 4)
  )
  (call $11
   (i32.const 19552)
   (i32.const 9216)
   (i32.const 22624)
   (i32.const 6)
   (i32.const 0)
   (i32.const 4)
  )
 )
 (func $26
  (call $12
   (i32.const 22528)
   (i32.const 11712)
   (i32.const 21056)
   (i32.const 19456)
  )
 )
 (func $27
  (call $7
   (i32.const 13504)
   (i32.const 19456)
   (i32.const 21056)
   (i32.const 1)
   (i32.const 24)
  )
  (call $13
   (i32.const 22528)
   (i32.const 19456)
   (i32.const 24)
   (i32.const 21504)
   (i32.const 64)
   (i32.const 27136)
   (i32.const 16)
   (i32.const 1)
   (i32.const 16)
  )
  (call $7
   (i32.const 14336)
   (i32.const 20256)
   (i32.const 21152)
   (i32.const 1)
   (i32.const 24)
  )
  (call $13
   (i32.const 22624)
   (i32.const 20256)
   (i32.const 24)
   (i32.const 21536)
   (i32.const 64)
   (i32.const 27168)
   (i32.const 16)
   (i32.const 1)
   (i32.const 16)
  )
 )
 (func $28
  (call $14
   (i32.const 21504)
   (i32.const 15168)
   (i32.const 16)
   (i32.const 19456)
   (i32.const 128)
   (i32.const 0)
   (i32.const 16)
   (i32.const 4)
   (i32.const 16)
  )
 )
 (func $29
  (call $15
   (i32.const 19456)
   (i32.const 21504)
  )
 )
 (func $30
  (call $16
   (i32.const 21504)
   (i32.const 17344)
   (i32.const 19456)
  )
 )
 (func $31 (param $0 f64) (result f64)
  (local $1 i64)
  (local $2 i64)
  (local $3 i64)
  (local $4 i64)
  (local $5 f64)
  (local.set $0
   (f64.sub
    (local.get $0)
    (local.tee $5
     (f64.floor
      (local.get $0)
     )
    )
   )
  )
  (select
   (f64.add
    (local.get $5)
    (f64.const 1)
   )
   (local.get $5)
   (if (result i32)
    (f64.gt
     (local.get $0)
     (f64.const 0.5)
    )
    (then
     (i32.const 1)
    )
    (else
     (if (result i32)
      (f64.eq
       (local.get $0)
       (f64.const 0.5)
      )
      (then
       (f64.ne
        (block $block (result f64)
         (if
          (i64.eq
           (local.tee $4
            (i64.and
             (i64.shr_u
              (local.tee $2
               (i64.reinterpret_f64
                (local.get $5)
               )
              )
              (i64.const 52)
             )
             (i64.const 2047)
            )
           )
           (i64.const 2047)
          )
          (then
           (br $block
            (f64.div
             (local.tee $0
              (f64.add
               (local.get $5)
               (local.get $5)
              )
             )
             (local.get $0)
            )
           )
          )
         )
         (if
          (i64.le_u
           (local.tee $1
            (i64.shl
             (local.get $2)
             (i64.const 1)
            )
           )
           (i64.const -9223372036854775808)
          )
          (then
           (br $block
            (f64.mul
             (local.get $5)
             (f64.convert_i32_u
              (i64.ne
               (local.get $1)
               (i64.const -9223372036854775808)
              )
             )
            )
           )
          )
         )
         (local.set $3
          (i64.shr_u
           (local.get $2)
           (i64.const 63)
          )
         )
         (local.set $1
          (if (result i64)
           (i64.eqz
            (local.get $4)
           )
           (then
            (i64.shl
             (local.get $2)
             (i64.sub
              (i64.const 1)
              (local.tee $4
               (i64.sub
                (local.get $4)
                (i64.clz
                 (i64.shl
                  (local.get $2)
                  (i64.const 12)
                 )
                )
               )
              )
             )
            )
           )
           (else
            (i64.or
             (i64.and
              (local.get $2)
              (i64.const 4503599627370495)
             )
             (i64.const 4503599627370496)
            )
           )
          )
         )
         (loop $label
          (if
           (i64.gt_s
            (local.get $4)
            (i64.const 1024)
           )
           (then
            (local.set $1
             (i64.shl
              (if (result i64)
               (i64.ge_u
                (local.get $1)
                (i64.const 4503599627370496)
               )
               (then
                (drop
                 (br_if $block
                  (f64.mul
                   (local.get $5)
                   (f64.const 0)
                  )
                  (i64.eq
                   (local.get $1)
                   (i64.const 4503599627370496)
                  )
                 )
                )
                (i64.sub
                 (local.get $1)
                 (i64.const 4503599627370496)
                )
               )
               (else
                (local.get $1)
               )
              )
              (i64.const 1)
             )
            )
            (local.set $4
             (i64.sub
              (local.get $4)
              (i64.const 1)
             )
            )
            (br $label)
           )
          )
         )
         (if
          (i64.ge_u
           (local.get $1)
           (i64.const 4503599627370496)
          )
          (then
           (drop
            (br_if $block
             (f64.mul
              (local.get $5)
              (f64.const 0)
             )
             (i64.eq
              (local.get $1)
              (i64.const 4503599627370496)
             )
            )
           )
           (local.set $1
            (i64.sub
             (local.get $1)
             (i64.const 4503599627370496)
            )
           )
          )
         )
         (local.set $4
          (i64.sub
           (local.get $4)
           (local.tee $2
            (i64.clz
             (i64.shl
              (local.get $1)
              (i64.const 11)
             )
            )
           )
          )
         )
         (local.set $1
          (i64.shl
           (local.get $1)
           (local.get $2)
          )
         )
         (f64.reinterpret_i64
          (i64.or
           (if (result i64)
            (i64.gt_s
             (local.get $4)
             (i64.const 0)
            )
            (then
             (i64.or
              (i64.sub
               (local.get $1)
               (i64.const 4503599627370496)
              )
              (i64.shl
               (local.get $4)
               (i64.const 52)
              )
             )
            )
            (else
             (i64.shr_u
              (local.get $1)
              (i64.sub
               (i64.const 1)
               (local.get $4)
              )
             )
            )
           )
           (i64.shl
            (local.get $3)
            (i64.const 63)
           )
          )
         )
        )
        (f64.const 0)
       )
      )
      (else
       (i32.const 0)
      )
     )
    )
   )
  )
 )
 (func $32 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 f64)
  (local $10 f64)
  (local $11 f64)
  (local $12 f64)
  (if
   (local.get $4)
   (then
    (local.set $11
     (f64.min
      (f64.div
       (local.tee $9
        (f64.convert_i32_s
         (local.get $1)
        )
       )
       (f64.convert_i32_s
        (local.get $2)
       )
      )
      (f64.div
       (local.tee $10
        (f64.convert_i32_s
         (local.get $0)
        )
       )
       (f64.convert_i32_s
        (local.get $3)
       )
      )
     )
    )
    (global.set $global$17
     (call $31
      (f64.div
       (local.get $10)
       (local.get $11)
      )
     )
    )
    (global.set $global$18
     (call $31
      (f64.div
       (local.get $9)
       (local.get $11)
      )
     )
    )
   )
   (else
    (global.set $global$17
     (select
      (local.tee $10
       (f64.trunc
        (f64.div
         (f64.mul
          (local.tee $9
           (f64.convert_i32_s
            (local.get $2)
           )
          )
          (f64.convert_i32_s
           (select
            (local.get $0)
            (local.get $1)
            (local.tee $2
             (i32.gt_s
              (local.get $0)
              (local.get $1)
             )
            )
           )
          )
         )
         (f64.convert_i32_s
          (select
           (local.get $1)
           (local.get $0)
           (local.get $2)
          )
         )
        )
       )
      )
      (local.get $9)
      (local.get $2)
     )
    )
    (global.set $global$18
     (select
      (local.get $9)
      (local.get $10)
      (local.get $2)
     )
    )
   )
  )
  (global.set $global$19
   (call $31
    (f64.mul
     (f64.sub
      (global.get $global$17)
      (f64.convert_i32_s
       (local.get $6)
      )
     )
     (f64.const 0.5)
    )
   )
  )
  (global.set $global$20
   (call $31
    (f64.mul
     (f64.sub
      (global.get $global$18)
      (f64.convert_i32_s
       (local.get $5)
      )
     )
     (f64.const 0.5)
    )
   )
  )
  (global.set $global$21
   (i32.and
    (i32.add
     (i32.shl
      (i32.trunc_sat_f64_s
       (f64.ceil
        (f64.mul
         (local.tee $10
          (select
           (f64.const 1)
           (f64.const 2)
           (i32.eq
            (local.get $8)
            (i32.const 1)
           )
          )
         )
         (f64.max
          (f64.div
           (local.tee $11
            (f64.convert_i32_s
             (local.get $0)
            )
           )
           (global.get $global$17)
          )
          (f64.const 1)
         )
        )
       )
      )
      (i32.const 1)
     )
     (i32.const 4)
    )
    (i32.const -4)
   )
  )
  (global.set $global$22
   (i32.and
    (i32.add
     (i32.shl
      (i32.trunc_sat_f64_s
       (f64.ceil
        (f64.mul
         (local.get $10)
         (f64.max
          (local.tee $9
           (f64.div
            (local.tee $12
             (f64.convert_i32_s
              (local.get $1)
             )
            )
            (global.get $global$18)
           )
          )
          (f64.const 1)
         )
        )
       )
      )
      (i32.const 1)
     )
     (i32.const 4)
    )
    (i32.const -4)
   )
  )
  (global.set $global$23
   (i32.trunc_sat_f64_s
    (f64.max
     (f64.trunc
      (f64.add
       (f64.sub
        (f64.mul
         (f64.add
          (global.get $global$20)
          (f64.const 0.5)
         )
         (local.get $9)
        )
        (local.tee $10
         (f64.mul
          (local.get $10)
          (f64.max
           (local.get $9)
           (f64.const 1)
          )
         )
        )
       )
       (f64.const 0.5)
      )
     )
     (f64.const 0)
    )
   )
  )
  (global.set $global$24
   (i32.trunc_sat_f64_s
    (f64.min
     (f64.trunc
      (f64.add
       (f64.add
        (f64.mul
         (f64.add
          (f64.add
           (global.get $global$20)
           (f64.convert_i32_s
            (i32.sub
             (local.get $5)
             (i32.const 1)
            )
           )
          )
          (f64.const 0.5)
         )
         (local.get $9)
        )
        (local.get $10)
       )
       (f64.const 0.5)
      )
     )
     (local.get $12)
    )
   )
  )
  (global.set $global$25
   (i32.trunc_sat_f64_s
    (f64.mul
     (f64.ceil
      (f64.mul
       (f64.convert_i32_s
        (i32.add
         (local.tee $0
          (i32.mul
           (local.get $6)
           (local.get $7)
          )
         )
         (i32.const 1)
        )
       )
       (f64.const 0.0625)
      )
     )
     (f64.const 16)
    )
   )
  )
  (global.set $global$26
   (f64.mul
    (f64.ceil
     (f64.mul
      (f64.add
       (f64.mul
        (f64.mul
         (local.get $11)
         (local.get $12)
        )
        (f64.const 4)
       )
       (f64.const 16)
      )
      (f64.const 0.0625)
     )
    )
    (f64.const 16)
   )
  )
  (global.set $global$27
   (f64.add
    (global.get $global$26)
    (f64.mul
     (f64.ceil
      (f64.mul
       (f64.convert_i32_u
        (i32.mul
         (local.get $6)
         (i32.add
          (i32.shl
           (global.get $global$21)
           (i32.const 2)
          )
          (i32.const 8)
         )
        )
       )
       (f64.const 0.0625)
      )
     )
     (f64.const 16)
    )
   )
  )
  (global.set $global$28
   (f64.add
    (global.get $global$27)
    (f64.mul
     (f64.ceil
      (f64.mul
       (f64.convert_i32_u
        (i32.mul
         (local.get $5)
         (i32.add
          (i32.shl
           (global.get $global$22)
           (i32.const 2)
          )
          (i32.const 8)
         )
        )
       )
       (f64.const 0.0625)
      )
     )
     (f64.const 16)
    )
   )
  )
  (global.set $global$29
   (f64.add
    (global.get $global$28)
    (f64.convert_i32_s
     (i32.shl
      (local.get $7)
      (i32.const 10)
     )
    )
   )
  )
  (global.set $global$30
   (f64.add
    (f64.add
     (global.get $global$29)
     (f64.mul
      (f64.ceil
       (f64.mul
        (f64.convert_i32_s
         (local.get $0)
        )
        (f64.const 0.0625)
       )
      )
      (f64.const 16)
     )
    )
    (f64.const 16)
   )
  )
  (global.set $global$31
   (f64.add
    (f64.add
     (global.get $global$30)
     (f64.mul
      (f64.convert_i32_s
       (i32.and
        (i32.add
         (i32.sub
          (global.get $global$24)
          (global.get $global$23)
         )
         (i32.const 1)
        )
        (i32.const -2)
       )
      )
      (f64.convert_i32_s
       (global.get $global$25)
      )
     )
    )
    (f64.const 16)
   )
  )
 )
 (func $33 (param $0 i32) (param $1 f64) (param $2 f64) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 f64)
  (local $7 f64)
  (local $8 f64)
  (local $9 f64)
  (local $10 f64)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local.set $15
   (i32.and
    (i32.add
     (i32.shl
      (i32.trunc_sat_f64_s
       (f64.ceil
        (f64.mul
         (select
          (f64.const 1)
          (f64.const 2)
          (i32.eq
           (local.get $4)
           (i32.const 1)
          )
         )
         (local.tee $6
          (f64.max
           (f64.div
            (f64.convert_i32_s
             (local.get $0)
            )
            (local.get $1)
           )
           (f64.const 1)
          )
         )
        )
       )
      )
      (i32.const 1)
     )
     (i32.const 4)
    )
    (i32.const -4)
   )
  )
  (local.set $9
   (f64.div
    (f64.const 1)
    (local.get $6)
   )
  )
  (loop $label2
   (if
    (i32.gt_s
     (local.get $3)
     (local.get $12)
    )
    (then
     (local.set $13
      (i32.trunc_sat_f64_s
       (f64.max
        (f64.trunc
         (f64.add
          (f64.sub
           (local.tee $8
            (f64.mul
             (f64.add
              (f64.add
               (local.get $2)
               (f64.convert_i32_s
                (local.get $12)
               )
              )
              (f64.const 0.5)
             )
             (local.tee $7
              (f64.div
               (local.tee $6
                (f64.convert_i32_s
                 (local.get $0)
                )
               )
               (local.get $1)
              )
             )
            )
           )
           (local.tee $7
            (f64.mul
             (select
              (f64.const 1)
              (f64.const 2)
              (i32.eq
               (local.get $4)
               (i32.const 1)
              )
             )
             (f64.max
              (local.get $7)
              (f64.const 1)
             )
            )
           )
          )
          (f64.const 0.5)
         )
        )
        (f64.const 0)
       )
      )
     )
     (local.set $14
      (i32.sub
       (i32.trunc_sat_f64_s
        (f64.min
         (f64.trunc
          (f64.add
           (f64.add
            (local.get $8)
            (local.get $7)
           )
           (f64.const 0.5)
          )
         )
         (local.get $6)
        )
       )
       (local.get $13)
      )
     )
     (local.set $7
      (f64.const 0)
     )
     (local.set $11
      (i32.const 0)
     )
     (loop $label
      (if
       (i32.lt_s
        (local.get $11)
        (local.get $14)
       )
       (then
        (local.set $6
         (f64.mul
          (f64.add
           (f64.sub
            (f64.convert_i32_s
             (i32.add
              (local.get $11)
              (local.get $13)
             )
            )
            (local.get $8)
           )
           (f64.const 0.5)
          )
          (local.get $9)
         )
        )
        (if
         (i32.eq
          (local.get $4)
          (i32.const 1)
         )
         (then
          (local.set $6
           (select
            (f64.sub
             (f64.const 1)
             (local.tee $6
              (select
               (f64.neg
                (local.get $6)
               )
               (local.get $6)
               (f64.lt
                (local.get $6)
                (f64.const 0)
               )
              )
             )
            )
            (f64.const 0)
            (f64.lt
             (local.get $6)
             (f64.const 1)
            )
           )
          )
         )
         (else
          (local.set $6
           (f64.add
            (f64.mul
             (f64.mul
              (f64.add
               (f64.mul
                (local.tee $10
                 (select
                  (f64.neg
                   (local.get $6)
                  )
                  (local.get $6)
                  (f64.lt
                   (local.get $6)
                   (f64.const 0)
                  )
                 )
                )
                (f64.const 1.5)
               )
               (f64.const -2.5)
              )
              (local.get $10)
             )
             (local.get $10)
            )
            (f64.const 1)
           )
          )
          (block $block
           (br_if $block
            (f64.lt
             (local.get $10)
             (f64.const 1)
            )
           )
           (local.set $6
            (f64.mul
             (f64.add
              (f64.mul
               (f64.add
                (f64.mul
                 (f64.add
                  (local.get $10)
                  (f64.const -5)
                 )
                 (local.get $10)
                )
                (f64.const 8)
               )
               (local.get $10)
              )
              (f64.const -4)
             )
             (f64.const -0.5)
            )
           )
           (br_if $block
            (f64.lt
             (local.get $10)
             (f64.const 2)
            )
           )
           (local.set $6
            (f64.const 0)
           )
          )
         )
        )
        (local.set $7
         (f64.add
          (local.get $7)
          (local.get $6)
         )
        )
        (local.set $11
         (i32.add
          (local.get $11)
          (i32.const 1)
         )
        )
        (br $label)
       )
      )
     )
     (local.set $16
      (i32.add
       (i32.add
        (local.get $5)
        (i32.shl
         (local.get $3)
         (i32.const 3)
        )
       )
       (i32.shl
        (i32.mul
         (local.get $12)
         (local.get $15)
        )
        (i32.const 2)
       )
      )
     )
     (local.set $11
      (i32.const 0)
     )
     (loop $label1
      (if
       (i32.lt_s
        (local.get $11)
        (local.get $15)
       )
       (then
        (i32.store
         (i32.add
          (local.get $16)
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
         (if (result i32)
          (i32.lt_s
           (local.get $11)
           (local.get $14)
          )
          (then
           (local.set $6
            (f64.mul
             (f64.add
              (f64.sub
               (f64.convert_i32_s
                (i32.add
                 (local.get $11)
                 (local.get $13)
                )
               )
               (local.get $8)
              )
              (f64.const 0.5)
             )
             (local.get $9)
            )
           )
           (if
            (i32.eq
             (local.get $4)
             (i32.const 1)
            )
            (then
             (local.set $6
              (select
               (f64.sub
                (f64.const 1)
                (local.tee $6
                 (select
                  (f64.neg
                   (local.get $6)
                  )
                  (local.get $6)
                  (f64.lt
                   (local.get $6)
                   (f64.const 0)
                  )
                 )
                )
               )
               (f64.const 0)
               (f64.lt
                (local.get $6)
                (f64.const 1)
               )
              )
             )
            )
            (else
             (local.set $6
              (f64.add
               (f64.mul
                (f64.mul
                 (f64.add
                  (f64.mul
                   (local.tee $10
                    (select
                     (f64.neg
                      (local.get $6)
                     )
                     (local.get $6)
                     (f64.lt
                      (local.get $6)
                      (f64.const 0)
                     )
                    )
                   )
                   (f64.const 1.5)
                  )
                  (f64.const -2.5)
                 )
                 (local.get $10)
                )
                (local.get $10)
               )
               (f64.const 1)
              )
             )
             (block $block1
              (br_if $block1
               (f64.lt
                (local.get $10)
                (f64.const 1)
               )
              )
              (local.set $6
               (f64.mul
                (f64.add
                 (f64.mul
                  (f64.add
                   (f64.mul
                    (f64.add
                     (local.get $10)
                     (f64.const -5)
                    )
                    (local.get $10)
                   )
                   (f64.const 8)
                  )
                  (local.get $10)
                 )
                 (f64.const -4)
                )
                (f64.const -0.5)
               )
              )
              (br_if $block1
               (f64.lt
                (local.get $10)
                (f64.const 2)
               )
              )
              (local.set $6
               (f64.const 0)
              )
             )
            )
           )
           (i32.trunc_sat_f64_s
            (f64.trunc
             (if (result f64)
              (f64.lt
               (local.tee $6
                (select
                 (f64.div
                  (local.get $6)
                  (local.get $7)
                 )
                 (local.get $6)
                 (f64.ne
                  (local.get $7)
                  (f64.const 0)
                 )
                )
               )
               (f64.const 0)
              )
              (then
               (f64.add
                (f64.mul
                 (local.get $6)
                 (f64.const 4194304)
                )
                (f64.const -0.5)
               )
              )
              (else
               (f64.add
                (f64.mul
                 (local.get $6)
                 (f64.const 4194304)
                )
                (f64.const 0.5)
               )
              )
             )
            )
           )
          )
          (else
           (i32.const 0)
          )
         )
        )
        (local.set $11
         (i32.add
          (local.get $11)
          (i32.const 1)
         )
        )
        (br $label1)
       )
      )
     )
     (i32.store
      (i32.add
       (local.get $5)
       (i32.shl
        (local.get $12)
        (i32.const 2)
       )
      )
      (local.get $13)
     )
     (i32.store
      (i32.add
       (local.get $5)
       (i32.shl
        (i32.add
         (local.get $3)
         (local.get $12)
        )
        (i32.const 2)
       )
      )
      (local.get $14)
     )
     (local.set $12
      (i32.add
       (local.get $12)
       (i32.const 1)
      )
     )
     (br $label2)
    )
   )
  )
 )
 (func $34 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (result f64)
  (call $32
   (local.get $0)
   (local.get $1)
   (local.get $2)
   (local.get $3)
   (local.get $4)
   (local.get $5)
   (local.get $6)
   (local.get $7)
   (local.get $8)
  )
  (global.get $global$31)
 )
 (func $35 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 f32) (param $11 f32) (param $12 f32) (param $13 f32) (param $14 f32) (param $15 f32) (param $16 i32)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 f32)
  (local $36 f32)
  (call $32
   (local.get $1)
   (local.get $2)
   (local.get $3)
   (local.get $4)
   (local.get $5)
   (local.get $6)
   (local.get $7)
   (local.get $8)
   (local.get $9)
  )
  (local.set $26
   (i32.add
    (local.get $0)
    (i32.trunc_sat_f64_u
     (global.get $global$28)
    )
   )
  )
  (local.set $24
   (i32.add
    (local.get $0)
    (i32.trunc_sat_f64_u
     (global.get $global$30)
    )
   )
  )
  (call $33
   (local.get $1)
   (global.get $global$17)
   (global.get $global$19)
   (local.get $7)
   (local.get $9)
   (local.tee $30
    (i32.add
     (local.get $0)
     (i32.trunc_sat_f64_u
      (global.get $global$26)
     )
    )
   )
  )
  (call $33
   (local.get $2)
   (global.get $global$18)
   (global.get $global$20)
   (local.get $6)
   (local.get $9)
   (local.tee $25
    (i32.add
     (local.get $0)
     (i32.trunc_sat_f64_u
      (global.get $global$27)
     )
    )
   )
  )
  (local.set $2
   (i32.const 0)
  )
  (loop $label1
   (if
    (i32.lt_s
     (local.get $2)
     (local.get $8)
    )
    (then
     (local.set $35
      (select
       (select
        (local.get $11)
        (local.get $12)
        (local.tee $3
         (i32.eq
          (local.get $2)
          (i32.const 1)
         )
        )
       )
       (local.get $10)
       (local.get $2)
      )
     )
     (local.set $36
      (select
       (select
        (local.get $14)
        (local.get $15)
        (local.get $3)
       )
       (local.get $13)
       (local.get $2)
      )
     )
     (local.set $9
      (i32.const 0)
     )
     (loop $label
      (if
       (i32.lt_s
        (local.get $9)
        (i32.const 256)
       )
       (then
        (f32.store
         (i32.add
          (local.get $26)
          (i32.shl
           (i32.add
            (i32.shl
             (local.get $2)
             (i32.const 8)
            )
            (local.get $9)
           )
           (i32.const 2)
          )
         )
         (f32.div
          (f32.sub
           (f32.div
            (f32.convert_i32_s
             (local.get $9)
            )
            (f32.const 255)
           )
           (local.get $35)
          )
          (local.get $36)
         )
        )
        (local.set $9
         (i32.add
          (local.get $9)
          (i32.const 1)
         )
        )
        (br $label)
       )
      )
     )
     (local.set $2
      (i32.add
       (local.get $2)
       (i32.const 1)
      )
     )
     (br $label1)
    )
   )
  )
  (if
   (i32.eq
    (local.get $8)
    (i32.const 1)
   )
   (then
    (local.set $3
     (i32.mul
      (global.get $global$24)
      (local.get $1)
     )
    )
    (local.set $2
     (i32.mul
      (global.get $global$23)
      (local.get $1)
     )
    )
    (loop $label2
     (if
      (i32.lt_u
       (local.get $2)
       (local.get $3)
      )
      (then
       (v128.store32_lane 0
        (i32.add
         (local.get $0)
         (local.get $2)
        )
        (i8x16.narrow_i16x8_u
         (local.tee $17
          (i16x8.narrow_i32x4_s
           (local.tee $17
            (i32x4.shr_u
             (i32x4.add
              (i32x4.add
               (i32x4.mul
                (v128.and
                 (local.tee $17
                  (v128.load
                   (i32.add
                    (local.get $0)
                    (i32.shl
                     (local.get $2)
                     (i32.const 2)
                    )
                   )
                  )
                 )
                 (v128.const i32x4 0x000000ff 0x000000ff 0x000000ff 0x000000ff)
                )
                (v128.const i32x4 0x00004c8b 0x00004c8b 0x00004c8b 0x00004c8b)
               )
               (i32x4.mul
                (v128.and
                 (i32x4.shr_u
                  (local.get $17)
                  (i32.const 8)
                 )
                 (v128.const i32x4 0x000000ff 0x000000ff 0x000000ff 0x000000ff)
                )
                (v128.const i32x4 0x00009646 0x00009646 0x00009646 0x00009646)
               )
              )
              (i32x4.add
               (i32x4.mul
                (v128.and
                 (i32x4.shr_u
                  (local.get $17)
                  (i32.const 16)
                 )
                 (v128.const i32x4 0x000000ff 0x000000ff 0x000000ff 0x000000ff)
                )
                (v128.const i32x4 0x00001d2f 0x00001d2f 0x00001d2f 0x00001d2f)
               )
               (v128.const i32x4 0x00008000 0x00008000 0x00008000 0x00008000)
              )
             )
             (i32.const 16)
            )
           )
           (local.get $17)
          )
         )
         (local.get $17)
        )
       )
       (local.set $2
        (i32.add
         (local.get $2)
         (i32.const 4)
        )
       )
       (br $label2)
      )
     )
    )
    (local.set $32
     (global.get $global$24)
    )
    (local.set $33
     (global.get $global$21)
    )
    (local.set $34
     (global.get $global$25)
    )
    (local.set $9
     (local.tee $31
      (global.get $global$23)
     )
    )
    (loop $label5
     (if
      (i32.lt_s
       (local.get $9)
       (local.get $32)
      )
      (then
       (local.set $27
        (i32.add
         (local.get $0)
         (i32.mul
          (local.get $1)
          (local.get $9)
         )
        )
       )
       (local.set $28
        (i32.add
         (local.get $24)
         (i32.mul
          (i32.sub
           (local.get $9)
           (local.get $31)
          )
          (local.get $34)
         )
        )
       )
       (local.set $2
        (i32.const 0)
       )
       (loop $label4
        (if
         (i32.lt_s
          (local.get $2)
          (local.get $7)
         )
         (then
          (local.set $5
           (i32.add
            (local.get $27)
            (i32.load
             (i32.add
              (local.get $30)
              (i32.shl
               (local.get $2)
               (i32.const 2)
              )
             )
            )
           )
          )
          (local.set $3
           (i32.add
            (i32.add
             (local.get $30)
             (i32.shl
              (local.get $7)
              (i32.const 3)
             )
            )
            (i32.shl
             (i32.mul
              (local.get $2)
              (local.get $33)
             )
             (i32.const 2)
            )
           )
          )
          (local.set $29
           (i32.load
            (i32.add
             (local.get $30)
             (i32.shl
              (i32.add
               (local.get $2)
               (local.get $7)
              )
              (i32.const 2)
             )
            )
           )
          )
          (local.set $17
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $4
           (i32.const 0)
          )
          (loop $label3
           (if
            (i32.lt_s
             (local.get $4)
             (local.get $29)
            )
            (then
             (local.set $17
              (i32x4.add
               (local.get $17)
               (i32x4.mul
                (i32x4.extend_low_i16x8_u
                 (i16x8.extend_low_i8x16_u
                  (v128.load32_zero
                   (local.get $5)
                  )
                 )
                )
                (v128.load
                 (local.get $3)
                )
               )
              )
             )
             (local.set $5
              (i32.add
               (local.get $5)
               (i32.const 4)
              )
             )
             (local.set $3
              (i32.add
               (local.get $3)
               (i32.const 16)
              )
             )
             (local.set $4
              (i32.add
               (local.get $4)
               (i32.const 4)
              )
             )
             (br $label3)
            )
           )
          )
          (i32.store8
           (i32.add
            (local.get $2)
            (local.get $28)
           )
           (select
            (select
             (i32.const 255)
             (local.tee $3
              (i32.shr_s
               (i32.add
                (i32.add
                 (i32.add
                  (i32.add
                   (i32x4.extract_lane 0
                    (local.get $17)
                   )
                   (i32.const 2097152)
                  )
                  (i32x4.extract_lane 1
                   (local.get $17)
                  )
                 )
                 (i32x4.extract_lane 2
                  (local.get $17)
                 )
                )
                (i32x4.extract_lane 3
                 (local.get $17)
                )
               )
               (i32.const 22)
              )
             )
             (i32.gt_s
              (local.get $3)
              (i32.const 255)
             )
            )
            (i32.const 0)
            (i32.ge_s
             (local.get $3)
             (i32.const 0)
            )
           )
          )
          (local.set $2
           (i32.add
            (local.get $2)
            (i32.const 1)
           )
          )
          (br $label4)
         )
        )
       )
       (local.set $9
        (i32.add
         (local.get $9)
         (i32.const 1)
        )
       )
       (br $label5)
      )
     )
    )
   )
   (else
    (local.set $3
     (i32.add
      (local.tee $2
       (i32.add
        (i32.shl
         (local.get $7)
         (i32.const 3)
        )
        (local.get $30)
       )
      )
      (i32.shl
       (i32.mul
        (local.get $7)
        (global.get $global$21)
       )
       (i32.const 2)
      )
     )
    )
    (loop $label6
     (if
      (i32.lt_u
       (local.get $2)
       (local.get $3)
      )
      (then
       (i32.store
        (local.get $2)
        (i32.or
         (i32.and
          (i32.shr_s
           (local.tee $4
            (i32.load
             (local.get $2)
            )
           )
           (i32.const 11)
          )
          (i32.const 65535)
         )
         (i32.shl
          (i32.shr_s
           (local.tee $5
            (i32.load offset=4
             (local.get $2)
            )
           )
           (i32.const 11)
          )
          (i32.const 16)
         )
        )
       )
       (i32.store offset=4
        (local.get $2)
        (i32.or
         (i32.and
          (local.get $4)
          (i32.const 2047)
         )
         (i32.shl
          (i32.and
           (local.get $5)
           (i32.const 2047)
          )
          (i32.const 16)
         )
        )
       )
       (local.set $2
        (i32.add
         (local.get $2)
         (i32.const 8)
        )
       )
       (br $label6)
      )
     )
    )
    (call $36
     (local.get $0)
     (local.get $1)
     (global.get $global$23)
     (global.get $global$24)
     (local.get $30)
     (local.get $7)
     (global.get $global$21)
     (local.get $24)
     (global.get $global$25)
    )
   )
  )
  (local.set $3
   (i32.add
    (local.get $0)
    (i32.trunc_sat_f64_u
     (global.get $global$29)
    )
   )
  )
  (local.set $0
   (i32.const 0)
  )
  (loop $label11
   (if
    (i32.lt_s
     (local.get $0)
     (local.get $6)
    )
    (then
     (local.set $4
      (i32.mul
       (local.get $7)
       (local.get $8)
      )
     )
     (local.set $27
      (i32.add
       (local.get $24)
       (i32.mul
        (local.tee $9
         (global.get $global$25)
        )
        (i32.sub
         (i32.load
          (i32.add
           (local.get $25)
           (i32.shl
            (local.get $0)
            (i32.const 2)
           )
          )
         )
         (global.get $global$23)
        )
       )
      )
     )
     (local.set $28
      (i32.add
       (i32.add
        (local.get $25)
        (i32.shl
         (local.get $6)
         (i32.const 3)
        )
       )
       (i32.shl
        (i32.mul
         (local.get $0)
         (global.get $global$22)
        )
        (i32.const 2)
       )
      )
     )
     (local.set $29
      (i32.load
       (i32.add
        (local.get $25)
        (i32.shl
         (i32.add
          (local.get $0)
          (local.get $6)
         )
         (i32.const 2)
        )
       )
      )
     )
     (local.set $2
      (i32.const 0)
     )
     (loop $label8
      (if
       (i32.lt_u
        (local.get $2)
        (local.get $4)
       )
       (then
        (local.set $17
         (v128.const i32x4 0x00200000 0x00200000 0x00200000 0x00200000)
        )
        (local.set $18
         (v128.const i32x4 0x00200000 0x00200000 0x00200000 0x00200000)
        )
        (local.set $19
         (v128.const i32x4 0x00200000 0x00200000 0x00200000 0x00200000)
        )
        (local.set $20
         (v128.const i32x4 0x00200000 0x00200000 0x00200000 0x00200000)
        )
        (local.set $5
         (i32.add
          (local.get $2)
          (local.get $27)
         )
        )
        (local.set $1
         (i32.const 0)
        )
        (loop $label7
         (if
          (i32.lt_s
           (local.get $1)
           (local.get $29)
          )
          (then
           (local.set $17
            (i32x4.add
             (local.get $17)
             (i32x4.mul
              (i32x4.extend_low_i16x8_u
               (local.tee $23
                (i16x8.extend_low_i8x16_u
                 (local.tee $22
                  (v128.load
                   (local.get $5)
                  )
                 )
                )
               )
              )
              (local.tee $21
               (v128.load32_splat
                (i32.add
                 (local.get $28)
                 (i32.shl
                  (local.get $1)
                  (i32.const 2)
                 )
                )
               )
              )
             )
            )
           )
           (local.set $18
            (i32x4.add
             (local.get $18)
             (i32x4.mul
              (i32x4.extend_high_i16x8_u
               (local.get $23)
              )
              (local.get $21)
             )
            )
           )
           (local.set $19
            (i32x4.add
             (local.get $19)
             (i32x4.mul
              (i32x4.extend_low_i16x8_u
               (local.tee $22
                (i16x8.extend_high_i8x16_u
                 (local.get $22)
                )
               )
              )
              (local.get $21)
             )
            )
           )
           (local.set $20
            (i32x4.add
             (local.get $20)
             (i32x4.mul
              (i32x4.extend_high_i16x8_u
               (local.get $22)
              )
              (local.get $21)
             )
            )
           )
           (local.set $5
            (i32.add
             (local.get $5)
             (local.get $9)
            )
           )
           (local.set $1
            (i32.add
             (local.get $1)
             (i32.const 1)
            )
           )
           (br $label7)
          )
         )
        )
        (v128.store
         (i32.add
          (local.get $2)
          (local.get $3)
         )
         (i8x16.narrow_i16x8_u
          (i16x8.narrow_i32x4_s
           (i32x4.shr_s
            (local.get $17)
            (i32.const 22)
           )
           (i32x4.shr_s
            (local.get $18)
            (i32.const 22)
           )
          )
          (i16x8.narrow_i32x4_s
           (i32x4.shr_s
            (local.get $19)
            (i32.const 22)
           )
           (i32x4.shr_s
            (local.get $20)
            (i32.const 22)
           )
          )
         )
        )
        (local.set $2
         (i32.add
          (local.get $2)
          (i32.const 16)
         )
        )
        (br $label8)
       )
      )
     )
     (local.set $4
      (i32.shl
       (i32.mul
        (local.get $6)
        (local.get $7)
       )
       (i32.const 2)
      )
     )
     (local.set $5
      (i32.add
       (local.get $16)
       (i32.shl
        (i32.mul
         (local.get $0)
         (local.get $7)
        )
        (i32.const 2)
       )
      )
     )
     (local.set $2
      (i32.const 0)
     )
     (loop $label10
      (if
       (i32.lt_s
        (local.get $2)
        (local.get $8)
       )
       (then
        (local.set $9
         (i32.add
          (local.get $26)
          (i32.shl
           (local.get $2)
           (i32.const 10)
          )
         )
        )
        (local.set $27
         (i32.add
          (local.get $5)
          (i32.mul
           (local.get $2)
           (local.get $4)
          )
         )
        )
        (local.set $1
         (i32.const 0)
        )
        (loop $label9
         (if
          (i32.lt_s
           (local.get $1)
           (local.get $7)
          )
          (then
           (f32.store
            (i32.add
             (local.get $27)
             (i32.shl
              (local.get $1)
              (i32.const 2)
             )
            )
            (f32.load
             (i32.add
              (local.get $9)
              (i32.shl
               (i32.load8_u
                (i32.add
                 (local.get $3)
                 (i32.add
                  (i32.mul
                   (local.get $1)
                   (local.get $8)
                  )
                  (local.get $2)
                 )
                )
               )
               (i32.const 2)
              )
             )
            )
           )
           (local.set $1
            (i32.add
             (local.get $1)
             (i32.const 1)
            )
           )
           (br $label9)
          )
         )
        )
        (local.set $2
         (i32.add
          (local.get $2)
          (i32.const 1)
         )
        )
        (br $label10)
       )
      )
     )
     (local.set $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (br $label11)
    )
   )
  )
 )
 (func $36 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local.set $22
   (i32.shl
    (local.get $1)
    (i32.const 2)
   )
  )
  (local.set $1
   (local.get $2)
  )
  (loop $label2
   (if
    (i32.lt_s
     (local.get $1)
     (local.get $3)
    )
    (then
     (local.set $24
      (i32.add
       (local.get $0)
       (i32.mul
        (local.get $1)
        (local.get $22)
       )
      )
     )
     (local.set $25
      (select
       (local.get $22)
       (i32.const 0)
       (i32.lt_s
        (i32.add
         (local.get $1)
         (i32.const 1)
        )
        (local.get $3)
       )
      )
     )
     (local.set $23
      (i32.add
       (local.get $7)
       (i32.mul
        (i32.sub
         (local.get $1)
         (local.get $2)
        )
        (local.get $8)
       )
      )
     )
     (local.set $19
      (i32.const 0)
     )
     (loop $label1
      (if
       (i32.gt_s
        (local.get $5)
        (local.get $19)
       )
       (then
        (local.set $20
         (i32.add
          (local.get $24)
          (i32.shl
           (i32.load
            (i32.add
             (local.get $4)
             (i32.shl
              (local.get $19)
              (i32.const 2)
             )
            )
           )
           (i32.const 2)
          )
         )
        )
        (local.set $18
         (i32.add
          (i32.add
           (local.get $4)
           (i32.shl
            (local.get $5)
            (i32.const 3)
           )
          )
          (i32.shl
           (i32.mul
            (local.get $6)
            (local.get $19)
           )
           (i32.const 2)
          )
         )
        )
        (local.set $26
         (i32.load
          (i32.add
           (local.get $4)
           (i32.shl
            (i32.add
             (local.get $5)
             (local.get $19)
            )
            (i32.const 2)
           )
          )
         )
        )
        (local.set $9
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $21
         (i32.const 0)
        )
        (loop $label
         (if
          (i32.lt_s
           (local.get $21)
           (local.get $26)
          )
          (then
           (local.set $9
            (i32x4.add
             (local.get $9)
             (i32x4.add
              (i32x4.dot_i16x8_s
               (local.tee $14
                (i8x16.swizzle
                 (local.tee $9
                  (v128.load
                   (local.get $20)
                  )
                 )
                 (v128.const i32x4 0xff04ff00 0xff05ff01 0xff06ff02 0xff07ff03)
                )
               )
               (local.tee $15
                (v128.load32_splat
                 (local.get $18)
                )
               )
              )
              (i32x4.dot_i16x8_s
               (local.tee $16
                (i8x16.swizzle
                 (local.get $9)
                 (v128.const i32x4 0xff0cff08 0xff0dff09 0xff0eff0a 0xff0fff0b)
                )
               )
               (local.tee $13
                (v128.load32_splat offset=8
                 (local.get $18)
                )
               )
              )
             )
            )
           )
           (local.set $10
            (i32x4.add
             (local.get $10)
             (i32x4.add
              (i32x4.dot_i16x8_s
               (local.get $14)
               (local.tee $17
                (v128.load32_splat offset=4
                 (local.get $18)
                )
               )
              )
              (i32x4.dot_i16x8_s
               (local.get $16)
               (local.tee $16
                (v128.load32_splat offset=12
                 (local.get $18)
                )
               )
              )
             )
            )
           )
           (local.set $11
            (i32x4.add
             (local.get $11)
             (i32x4.add
              (i32x4.dot_i16x8_s
               (local.tee $14
                (i8x16.swizzle
                 (local.tee $11
                  (v128.load
                   (i32.add
                    (local.get $20)
                    (local.get $25)
                   )
                  )
                 )
                 (v128.const i32x4 0xff04ff00 0xff05ff01 0xff06ff02 0xff07ff03)
                )
               )
               (local.get $15)
              )
              (i32x4.dot_i16x8_s
               (local.tee $15
                (i8x16.swizzle
                 (local.get $11)
                 (v128.const i32x4 0xff0cff08 0xff0dff09 0xff0eff0a 0xff0fff0b)
                )
               )
               (local.get $13)
              )
             )
            )
           )
           (local.set $12
            (i32x4.add
             (local.get $12)
             (i32x4.add
              (i32x4.dot_i16x8_s
               (local.get $14)
               (local.get $17)
              )
              (i32x4.dot_i16x8_s
               (local.get $15)
               (local.get $16)
              )
             )
            )
           )
           (local.set $20
            (i32.add
             (local.get $20)
             (i32.const 16)
            )
           )
           (local.set $18
            (i32.add
             (local.get $18)
             (i32.const 16)
            )
           )
           (local.set $21
            (i32.add
             (local.get $21)
             (i32.const 4)
            )
           )
           (br $label)
          )
         )
        )
        (v128.store32_lane 0
         (i32.add
          (local.tee $18
           (i32.mul
            (local.get $19)
            (i32.const 3)
           )
          )
          (local.get $23)
         )
         (i8x16.narrow_i16x8_u
          (local.tee $9
           (i16x8.narrow_i32x4_s
            (local.tee $9
             (i32x4.shr_s
              (i32x4.add
               (i32x4.add
                (i32x4.shl
                 (local.get $9)
                 (i32.const 11)
                )
                (local.get $10)
               )
               (v128.const i32x4 0x00200000 0x00200000 0x00200000 0x00200000)
              )
              (i32.const 22)
             )
            )
            (local.get $9)
           )
          )
          (local.get $9)
         )
        )
        (v128.store32_lane 0
         (i32.add
          (i32.add
           (local.get $8)
           (local.get $23)
          )
          (local.get $18)
         )
         (i8x16.narrow_i16x8_u
          (local.tee $9
           (i16x8.narrow_i32x4_s
            (local.tee $9
             (i32x4.shr_s
              (i32x4.add
               (i32x4.add
                (i32x4.shl
                 (local.get $11)
                 (i32.const 11)
                )
                (local.get $12)
               )
               (v128.const i32x4 0x00200000 0x00200000 0x00200000 0x00200000)
              )
              (i32.const 22)
             )
            )
            (local.get $9)
           )
          )
          (local.get $9)
         )
        )
        (local.set $19
         (i32.add
          (local.get $19)
          (i32.const 1)
         )
        )
        (br $label1)
       )
      )
     )
     (local.set $1
      (i32.add
       (local.get $1)
       (i32.const 2)
      )
     )
     (br $label2)
    )
   )
  )
 )
 (func $37 (param $0 i32) (param $1 i32) (result f64)
  (call $34
   (local.get $0)
   (local.get $1)
   (i32.const 18)
   (i32.const 18)
   (i32.const 0)
   (i32.const 16)
   (i32.const 16)
   (i32.const 3)
   (i32.const 0)
  )
 )
 (func $38 (param $0 i32) (param $1 i32)
  (call $35
   (i32.const 31232)
   (local.get $0)
   (local.get $1)
   (i32.const 18)
   (i32.const 18)
   (i32.const 0)
   (i32.const 16)
   (i32.const 16)
   (i32.const 3)
   (i32.const 0)
   (f32.reinterpret_i32
    (i32.const 1056461292)
   )
   (f32.reinterpret_i32
    (i32.const 1055488213)
   )
   (f32.reinterpret_i32
    (i32.const 1053810491)
   )
   (f32.reinterpret_i32
    (i32.const 1047166714)
   )
   (f32.reinterpret_i32
    (i32.const 1046831170)
   )
   (f32.reinterpret_i32
    (i32.const 1046898278)
   )
   (i32.const 28160)
  )
 )
 (func $39 (param $0 i32)
  (call_indirect (type $0)
   (local.get $0)
  )
 )
 (func $40
  (call $17)
  (call $18)
  (call $19)
  (call $20)
  (call $21)
  (call $22)
  (call $23)
  (call $24)
  (call $25)
  (call $26)
  (call $27)
  (call $28)
  (call $29)
  (call $30)
 )
)
