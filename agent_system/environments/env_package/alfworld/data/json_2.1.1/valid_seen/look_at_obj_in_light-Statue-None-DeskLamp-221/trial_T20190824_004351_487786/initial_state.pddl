(define (problem plan_trial_T20190824_004351_487786)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        CreditCardType - otype
        DeskLampType - otype
        KnifeType - otype
        LaptopType - otype
        StatueType - otype
        ArmChairType - rtype
        CabinetType - rtype
        CoffeeTableType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        Statue_bar__minus_00_dot_04_bar__plus_00_dot_69_bar__plus_03_dot_15 - object
        Statue_bar__plus_01_dot_58_bar__plus_00_dot_91_bar__plus_02_dot_31 - object
        Laptop_bar__plus_01_dot_37_bar__plus_03_dot_02_bar__plus_00_dot_58 - object
        CreditCard_bar__plus_00_dot_59_bar__plus_02_dot_92_bar__plus_00_dot_23 - object
        DeskLamp_bar__minus_00_dot_31_bar__plus_01_dot_92_bar__plus_03_dot_49 - object
        ArmChair_bar__minus_00_dot_38_bar__plus_00_dot_59_bar__plus_00_dot_16 - receptacle
        Cabinet_bar__plus_01_dot_61_bar__plus_03_dot_30_bar__minus_00_dot_52 - receptacle
        Cabinet_bar__plus_02_dot_95_bar__plus_01_dot_56_bar__plus_00_dot_40 - receptacle
        CoffeeTable_bar__plus_02_dot_48_bar__plus_02_dot_31_bar__minus_02_dot_05 - receptacle
        Shelf_bar__plus_02_dot_07_bar__plus_02_dot_90_bar__minus_03_dot_13 - receptacle
        Shelf_bar__minus_02_dot_30_bar__plus_02_dot_36_bar__plus_02_dot_83 - receptacle
        SideTable_bar__minus_02_dot_58_bar__plus_03_dot_10_bar__minus_03_dot_23 - receptacle
        Sofa_bar__plus_01_dot_95_bar__plus_02_dot_94_bar__plus_00_dot_53 - receptacle
        loc_bar_3_bar__minus_7_bar_1_bar_0 - location
        loc_bar_5_bar_1_bar_3_bar_30 - location
        loc_bar_8_bar_2_bar_2_bar_30 - location
        loc_bar_8_bar_6_bar_1_bar_45 - location
        loc_bar__minus_4_bar_1_bar_3_bar_45 - location
        loc_bar__minus_6_bar_3_bar_1_bar__minus_30 - location
        loc_bar__minus_6_bar_5_bar_2_bar_0 - location
        loc_bar__minus_7_bar__minus_7_bar_0_bar__minus_30 - location
        loc_bar__minus_8_bar__minus_9_bar_0_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_4_bar_1_bar_3_bar_45)
        (receptacleType ArmChair_bar__minus_00_dot_38_bar__plus_00_dot_59_bar__plus_00_dot_16 ArmChairType)
        (receptacleAtLocation ArmChair_bar__minus_00_dot_38_bar__plus_00_dot_59_bar__plus_00_dot_16 loc_bar_8_bar_6_bar_1_bar_45)
        (receptacleType Cabinet_bar__plus_01_dot_61_bar__plus_03_dot_30_bar__minus_00_dot_52 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_61_bar__plus_03_dot_30_bar__minus_00_dot_52 loc_bar__minus_8_bar__minus_9_bar_0_bar__minus_30)
        (openable Cabinet_bar__plus_01_dot_61_bar__plus_03_dot_30_bar__minus_00_dot_52)
        (receptacleType Cabinet_bar__plus_02_dot_95_bar__plus_01_dot_56_bar__plus_00_dot_40 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_95_bar__plus_01_dot_56_bar__plus_00_dot_40 loc_bar_5_bar_1_bar_3_bar_30)
        (openable Cabinet_bar__plus_02_dot_95_bar__plus_01_dot_56_bar__plus_00_dot_40)
        (receptacleType CoffeeTable_bar__plus_02_dot_48_bar__plus_02_dot_31_bar__minus_02_dot_05 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__plus_02_dot_48_bar__plus_02_dot_31_bar__minus_02_dot_05 loc_bar__minus_7_bar__minus_7_bar_0_bar__minus_30)
        (receptacleType Shelf_bar__plus_02_dot_07_bar__plus_02_dot_90_bar__minus_03_dot_13 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_07_bar__plus_02_dot_90_bar__minus_03_dot_13 loc_bar__minus_6_bar_3_bar_1_bar__minus_30)
        (receptacleType Shelf_bar__minus_02_dot_30_bar__plus_02_dot_36_bar__plus_02_dot_83 ShelfType)
        (receptacleAtLocation Shelf_bar__minus_02_dot_30_bar__plus_02_dot_36_bar__plus_02_dot_83 loc_bar__minus_6_bar_5_bar_2_bar_0)
        (receptacleType SideTable_bar__minus_02_dot_58_bar__plus_03_dot_10_bar__minus_03_dot_23 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_02_dot_58_bar__plus_03_dot_10_bar__minus_03_dot_23 loc_bar_3_bar__minus_7_bar_1_bar_0)
        (receptacleType Sofa_bar__plus_01_dot_95_bar__plus_02_dot_94_bar__plus_00_dot_53 SofaType)
        (receptacleAtLocation Sofa_bar__plus_01_dot_95_bar__plus_02_dot_94_bar__plus_00_dot_53 loc_bar_8_bar_2_bar_2_bar_30)
        (objectType Statue_bar__minus_00_dot_04_bar__plus_00_dot_69_bar__plus_03_dot_15 StatueType)
        (pickupable Statue_bar__minus_00_dot_04_bar__plus_00_dot_69_bar__plus_03_dot_15)
        (inReceptacle Statue_bar__minus_00_dot_04_bar__plus_00_dot_69_bar__plus_03_dot_15 SideTable_bar__minus_02_dot_58_bar__plus_03_dot_10_bar__minus_03_dot_23)
        (objectAtLocation Statue_bar__minus_00_dot_04_bar__plus_00_dot_69_bar__plus_03_dot_15 loc_bar_3_bar__minus_7_bar_1_bar_0)
        (objectType Statue_bar__plus_01_dot_58_bar__plus_00_dot_91_bar__plus_02_dot_31 StatueType)
        (pickupable Statue_bar__plus_01_dot_58_bar__plus_00_dot_91_bar__plus_02_dot_31)
        (inReceptacle Statue_bar__plus_01_dot_58_bar__plus_00_dot_91_bar__plus_02_dot_31 Shelf_bar__plus_02_dot_07_bar__plus_02_dot_90_bar__minus_03_dot_13)
        (objectAtLocation Statue_bar__plus_01_dot_58_bar__plus_00_dot_91_bar__plus_02_dot_31 loc_bar__minus_6_bar_3_bar_1_bar__minus_30)
        (objectType Laptop_bar__plus_01_dot_37_bar__plus_03_dot_02_bar__plus_00_dot_58 LaptopType)
        (pickupable Laptop_bar__plus_01_dot_37_bar__plus_03_dot_02_bar__plus_00_dot_58)
        (inReceptacle Laptop_bar__plus_01_dot_37_bar__plus_03_dot_02_bar__plus_00_dot_58 Sofa_bar__plus_01_dot_95_bar__plus_02_dot_94_bar__plus_00_dot_53)
        (objectAtLocation Laptop_bar__plus_01_dot_37_bar__plus_03_dot_02_bar__plus_00_dot_58 loc_bar_8_bar_2_bar_2_bar_30)
        (objectType CreditCard_bar__plus_00_dot_59_bar__plus_02_dot_92_bar__plus_00_dot_23 CreditCardType)
        (pickupable CreditCard_bar__plus_00_dot_59_bar__plus_02_dot_92_bar__plus_00_dot_23)
        (inReceptacle CreditCard_bar__plus_00_dot_59_bar__plus_02_dot_92_bar__plus_00_dot_23 Shelf_bar__minus_02_dot_30_bar__plus_02_dot_36_bar__plus_02_dot_83)
        (objectAtLocation CreditCard_bar__plus_00_dot_59_bar__plus_02_dot_92_bar__plus_00_dot_23 loc_bar__minus_6_bar_5_bar_2_bar_0)
        (objectType DeskLamp_bar__minus_00_dot_31_bar__plus_01_dot_92_bar__plus_03_dot_49 DeskLampType)
        (toggleable DeskLamp_bar__minus_00_dot_31_bar__plus_01_dot_92_bar__plus_03_dot_49)
        (inReceptacle DeskLamp_bar__minus_00_dot_31_bar__plus_01_dot_92_bar__plus_03_dot_49 SideTable_bar__minus_02_dot_58_bar__plus_03_dot_10_bar__minus_03_dot_23)
        (objectAtLocation DeskLamp_bar__minus_00_dot_31_bar__plus_01_dot_92_bar__plus_03_dot_49 loc_bar_3_bar__minus_7_bar_1_bar_0)
        (canContain ArmChairType CreditCardType)
        (canContain ArmChairType LaptopType)
        (canContain CoffeeTableType CreditCardType)
        (canContain CoffeeTableType LaptopType)
        (canContain CoffeeTableType StatueType)
        (canContain ShelfType CreditCardType)
        (canContain ShelfType StatueType)
        (canContain SideTableType CreditCardType)
        (canContain SideTableType LaptopType)
        (canContain SideTableType StatueType)
        (canContain SofaType CreditCardType)
        (canContain SofaType LaptopType)
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
                         (objectType ?o StatueType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
