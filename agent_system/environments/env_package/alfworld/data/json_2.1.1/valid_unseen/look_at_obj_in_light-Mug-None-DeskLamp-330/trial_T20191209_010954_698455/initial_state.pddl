(define (problem plan_trial_T20191209_010954_698455)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CreditCardType - otype
        DeskLampType - otype
        KeyChainType - otype
        KnifeType - otype
        MugType - otype
        BedType - rtype
        DeskType - rtype
        DrawerType - rtype
        DresserType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        Mug_bar__plus_00_dot_28_bar__plus_03_dot_04_bar__plus_01_dot_74 - object
        Mug_bar__plus_00_dot_02_bar__plus_03_dot_43_bar__minus_03_dot_27 - object
        KeyChain_bar__minus_01_dot_23_bar__plus_00_dot_82_bar__minus_02_dot_47 - object
        CreditCard_bar__minus_00_dot_27_bar__plus_00_dot_05_bar__minus_01_dot_35 - object
        DeskLamp_bar__minus_00_dot_31_bar__plus_02_dot_05_bar__minus_01_dot_50 - object
        Bed_bar__plus_03_dot_07_bar__plus_01_dot_17_bar__plus_00_dot_54 - receptacle
        Desk_bar__plus_00_dot_89_bar__plus_01_dot_68_bar__plus_01_dot_16 - receptacle
        Drawer_bar__plus_01_dot_10_bar__plus_00_dot_97_bar__minus_02_dot_53 - receptacle
        Dresser_bar__plus_00_dot_24_bar__plus_01_dot_67_bar__minus_01_dot_76 - receptacle
        GarbageCan_bar__minus_00_dot_32_bar__plus_02_dot_56_bar__minus_03_dot_46 - receptacle
        Shelf_bar__plus_02_dot_09_bar__plus_02_dot_75_bar__minus_00_dot_02 - receptacle
        Shelf_bar__minus_02_dot_68_bar__plus_02_dot_22_bar__plus_02_dot_16 - receptacle
        loc_bar_0_bar_5_bar_2_bar_45 - location
        loc_bar_0_bar__minus_4_bar_2_bar_15 - location
        loc_bar_2_bar_5_bar_2_bar_45 - location
        loc_bar_4_bar_3_bar_1_bar_60 - location
        loc_bar_7_bar_6_bar_2_bar_30 - location
        loc_bar_8_bar_3_bar_0_bar_0 - location
        loc_bar__minus_4_bar__minus_8_bar_3_bar_15 - location
        loc_bar__minus_7_bar__minus_4_bar_0_bar_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_0_bar_5_bar_2_bar_45)
        (receptacleType Bed_bar__plus_03_dot_07_bar__plus_01_dot_17_bar__plus_00_dot_54 BedType)
        (receptacleAtLocation Bed_bar__plus_03_dot_07_bar__plus_01_dot_17_bar__plus_00_dot_54 loc_bar_2_bar_5_bar_2_bar_45)
        (receptacleType Desk_bar__plus_00_dot_89_bar__plus_01_dot_68_bar__plus_01_dot_16 DeskType)
        (receptacleAtLocation Desk_bar__plus_00_dot_89_bar__plus_01_dot_68_bar__plus_01_dot_16 loc_bar__minus_4_bar__minus_8_bar_3_bar_15)
        (receptacleType Drawer_bar__plus_01_dot_10_bar__plus_00_dot_97_bar__minus_02_dot_53 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_10_bar__plus_00_dot_97_bar__minus_02_dot_53 loc_bar_7_bar_6_bar_2_bar_30)
        (openable Drawer_bar__plus_01_dot_10_bar__plus_00_dot_97_bar__minus_02_dot_53)
        (receptacleType Dresser_bar__plus_00_dot_24_bar__plus_01_dot_67_bar__minus_01_dot_76 DresserType)
        (receptacleAtLocation Dresser_bar__plus_00_dot_24_bar__plus_01_dot_67_bar__minus_01_dot_76 loc_bar_0_bar__minus_4_bar_2_bar_15)
        (receptacleType GarbageCan_bar__minus_00_dot_32_bar__plus_02_dot_56_bar__minus_03_dot_46 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_00_dot_32_bar__plus_02_dot_56_bar__minus_03_dot_46 loc_bar__minus_7_bar__minus_4_bar_0_bar_30)
        (receptacleType Shelf_bar__plus_02_dot_09_bar__plus_02_dot_75_bar__minus_00_dot_02 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_09_bar__plus_02_dot_75_bar__minus_00_dot_02 loc_bar_4_bar_3_bar_1_bar_60)
        (receptacleType Shelf_bar__minus_02_dot_68_bar__plus_02_dot_22_bar__plus_02_dot_16 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_68_bar__plus_02_dot_22_bar__plus_02_dot_16 loc_bar_8_bar_3_bar_0_bar_0)
        (objectType Mug_bar__plus_00_dot_28_bar__plus_03_dot_04_bar__plus_01_dot_74 MugType)
        (pickupable Mug_bar__plus_00_dot_28_bar__plus_03_dot_04_bar__plus_01_dot_74)
        (cleanable Mug_bar__plus_00_dot_28_bar__plus_03_dot_04_bar__plus_01_dot_74)
        (heatable Mug_bar__plus_00_dot_28_bar__plus_03_dot_04_bar__plus_01_dot_74)
        (coolable Mug_bar__plus_00_dot_28_bar__plus_03_dot_04_bar__plus_01_dot_74)
        (inReceptacle Mug_bar__plus_00_dot_28_bar__plus_03_dot_04_bar__plus_01_dot_74 Shelf_bar__minus_02_dot_68_bar__plus_02_dot_22_bar__plus_02_dot_16)
        (objectAtLocation Mug_bar__plus_00_dot_28_bar__plus_03_dot_04_bar__plus_01_dot_74 loc_bar_8_bar_3_bar_0_bar_0)
        (objectType Mug_bar__plus_00_dot_02_bar__plus_03_dot_43_bar__minus_03_dot_27 MugType)
        (pickupable Mug_bar__plus_00_dot_02_bar__plus_03_dot_43_bar__minus_03_dot_27)
        (cleanable Mug_bar__plus_00_dot_02_bar__plus_03_dot_43_bar__minus_03_dot_27)
        (heatable Mug_bar__plus_00_dot_02_bar__plus_03_dot_43_bar__minus_03_dot_27)
        (coolable Mug_bar__plus_00_dot_02_bar__plus_03_dot_43_bar__minus_03_dot_27)
        (inReceptacle Mug_bar__plus_00_dot_02_bar__plus_03_dot_43_bar__minus_03_dot_27 Shelf_bar__plus_02_dot_09_bar__plus_02_dot_75_bar__minus_00_dot_02)
        (objectAtLocation Mug_bar__plus_00_dot_02_bar__plus_03_dot_43_bar__minus_03_dot_27 loc_bar_4_bar_3_bar_1_bar_60)
        (objectType KeyChain_bar__minus_01_dot_23_bar__plus_00_dot_82_bar__minus_02_dot_47 KeyChainType)
        (pickupable KeyChain_bar__minus_01_dot_23_bar__plus_00_dot_82_bar__minus_02_dot_47)
        (inReceptacle KeyChain_bar__minus_01_dot_23_bar__plus_00_dot_82_bar__minus_02_dot_47 Shelf_bar__plus_02_dot_09_bar__plus_02_dot_75_bar__minus_00_dot_02)
        (objectAtLocation KeyChain_bar__minus_01_dot_23_bar__plus_00_dot_82_bar__minus_02_dot_47 loc_bar_4_bar_3_bar_1_bar_60)
        (objectType CreditCard_bar__minus_00_dot_27_bar__plus_00_dot_05_bar__minus_01_dot_35 CreditCardType)
        (pickupable CreditCard_bar__minus_00_dot_27_bar__plus_00_dot_05_bar__minus_01_dot_35)
        (inReceptacle CreditCard_bar__minus_00_dot_27_bar__plus_00_dot_05_bar__minus_01_dot_35 Dresser_bar__plus_00_dot_24_bar__plus_01_dot_67_bar__minus_01_dot_76)
        (objectAtLocation CreditCard_bar__minus_00_dot_27_bar__plus_00_dot_05_bar__minus_01_dot_35 loc_bar_0_bar__minus_4_bar_2_bar_15)
        (objectType DeskLamp_bar__minus_00_dot_31_bar__plus_02_dot_05_bar__minus_01_dot_50 DeskLampType)
        (toggleable DeskLamp_bar__minus_00_dot_31_bar__plus_02_dot_05_bar__minus_01_dot_50)
        (inReceptacle DeskLamp_bar__minus_00_dot_31_bar__plus_02_dot_05_bar__minus_01_dot_50 Desk_bar__plus_00_dot_89_bar__plus_01_dot_68_bar__plus_01_dot_16)
        (objectAtLocation DeskLamp_bar__minus_00_dot_31_bar__plus_02_dot_05_bar__minus_01_dot_50 loc_bar__minus_4_bar__minus_8_bar_3_bar_15)
        (canContain DeskType CreditCardType)
        (canContain DeskType KeyChainType)
        (canContain DeskType MugType)
        (canContain DrawerType CreditCardType)
        (canContain DrawerType KeyChainType)
        (canContain DresserType CreditCardType)
        (canContain DresserType KeyChainType)
        (canContain DresserType MugType)
        (canContain ShelfType CreditCardType)
        (canContain ShelfType KeyChainType)
        (canContain ShelfType MugType)
    )
(:goal
             (and
                 (exists (?ot - object
                          ?r - receptacle
                          ?a - agent
                          ?l - location)
                     (and
                         (objectType ?ot DeskLampType)
                         (toggleable ?ot)
                         (isToggled ?ot)
                         (receptacleAtLocation ?r ?l)
                         (atLocation ?a ?l)
                         (inReceptacle ?ot ?r)
                     )
                 )
                 (exists (?o - object
                          ?a - agent)
                     (and
                         (objectType ?o MugType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
