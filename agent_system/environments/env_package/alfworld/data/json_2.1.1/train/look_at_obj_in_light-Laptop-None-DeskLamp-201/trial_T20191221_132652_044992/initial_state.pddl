(define (problem plan_trial_T20191221_132652_044992)
    (:domain alfred)
    (:objects
        agent1 - agent
        BookType - otype
        ButterKnifeType - otype
        DeskLampType - otype
        KeyChainType - otype
        KnifeType - otype
        LaptopType - otype
        NewspaperType - otype
        RemoteControlType - otype
        CabinetType - rtype
        CoffeeTableType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        Laptop_bar__plus_02_dot_28_bar__plus_02_dot_87_bar__minus_00_dot_33 - object
        Laptop_bar__plus_02_dot_27_bar__plus_02_dot_62_bar__minus_01_dot_10 - object
        Newspaper_bar__plus_03_dot_03_bar__plus_02_dot_98_bar__minus_03_dot_26 - object
        Book_bar__minus_02_dot_81_bar__plus_03_dot_16_bar__minus_03_dot_33 - object
        KeyChain_bar__plus_02_dot_53_bar__plus_01_dot_19_bar__minus_02_dot_56 - object
        RemoteControl_bar__plus_01_dot_67_bar__plus_00_dot_64_bar__minus_00_dot_40 - object
        DeskLamp_bar__minus_00_dot_74_bar__plus_00_dot_47_bar__plus_00_dot_98 - object
        Cabinet_bar__minus_01_dot_56_bar__plus_01_dot_19_bar__plus_02_dot_71 - receptacle
        CoffeeTable_bar__plus_02_dot_85_bar__plus_03_dot_02_bar__minus_00_dot_75 - receptacle
        GarbageCan_bar__minus_01_dot_27_bar__plus_01_dot_16_bar__minus_00_dot_91 - receptacle
        Shelf_bar__plus_02_dot_90_bar__plus_03_dot_50_bar__plus_01_dot_32 - receptacle
        SideTable_bar__minus_02_dot_73_bar__plus_00_dot_93_bar__minus_03_dot_42 - receptacle
        SideTable_bar__plus_02_dot_85_bar__plus_00_dot_64_bar__minus_03_dot_31 - receptacle
        Sofa_bar__plus_02_dot_73_bar__plus_00_dot_36_bar__plus_02_dot_77 - receptacle
        loc_bar_0_bar_0_bar_2_bar_30 - location
        loc_bar_1_bar__minus_7_bar_1_bar_0 - location
        loc_bar_6_bar__minus_1_bar_1_bar_15 - location
        loc_bar_7_bar__minus_2_bar_1_bar__minus_30 - location
        loc_bar_9_bar_4_bar_0_bar_30 - location
        loc_bar__minus_6_bar_9_bar_3_bar_45 - location
        loc_bar__minus_7_bar_2_bar_2_bar_30 - location
        loc_bar__minus_7_bar_8_bar_1_bar_0 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_7_bar_2_bar_2_bar_30)
        (receptacleType Cabinet_bar__minus_01_dot_56_bar__plus_01_dot_19_bar__plus_02_dot_71 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_56_bar__plus_01_dot_19_bar__plus_02_dot_71 loc_bar__minus_7_bar_8_bar_1_bar_0)
        (openable Cabinet_bar__minus_01_dot_56_bar__plus_01_dot_19_bar__plus_02_dot_71)
        (receptacleType CoffeeTable_bar__plus_02_dot_85_bar__plus_03_dot_02_bar__minus_00_dot_75 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__plus_02_dot_85_bar__plus_03_dot_02_bar__minus_00_dot_75 loc_bar__minus_6_bar_9_bar_3_bar_45)
        (receptacleType GarbageCan_bar__minus_01_dot_27_bar__plus_01_dot_16_bar__minus_00_dot_91 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_01_dot_27_bar__plus_01_dot_16_bar__minus_00_dot_91 loc_bar_0_bar_0_bar_2_bar_30)
        (receptacleType Shelf_bar__plus_02_dot_90_bar__plus_03_dot_50_bar__plus_01_dot_32 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_90_bar__plus_03_dot_50_bar__plus_01_dot_32 loc_bar_9_bar_4_bar_0_bar_30)
        (receptacleType SideTable_bar__minus_02_dot_73_bar__plus_00_dot_93_bar__minus_03_dot_42 SideTableType)
        (receptacleAtLocation SideTable_bar__minus_02_dot_73_bar__plus_00_dot_93_bar__minus_03_dot_42 loc_bar_1_bar__minus_7_bar_1_bar_0)
        (receptacleType SideTable_bar__plus_02_dot_85_bar__plus_00_dot_64_bar__minus_03_dot_31 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_02_dot_85_bar__plus_00_dot_64_bar__minus_03_dot_31 loc_bar_7_bar__minus_2_bar_1_bar__minus_30)
        (receptacleType Sofa_bar__plus_02_dot_73_bar__plus_00_dot_36_bar__plus_02_dot_77 SofaType)
        (receptacleAtLocation Sofa_bar__plus_02_dot_73_bar__plus_00_dot_36_bar__plus_02_dot_77 loc_bar_6_bar__minus_1_bar_1_bar_15)
        (objectType Laptop_bar__plus_02_dot_28_bar__plus_02_dot_87_bar__minus_00_dot_33 LaptopType)
        (pickupable Laptop_bar__plus_02_dot_28_bar__plus_02_dot_87_bar__minus_00_dot_33)
        (inReceptacle Laptop_bar__plus_02_dot_28_bar__plus_02_dot_87_bar__minus_00_dot_33 SideTable_bar__minus_02_dot_73_bar__plus_00_dot_93_bar__minus_03_dot_42)
        (objectAtLocation Laptop_bar__plus_02_dot_28_bar__plus_02_dot_87_bar__minus_00_dot_33 loc_bar_1_bar__minus_7_bar_1_bar_0)
        (objectType Laptop_bar__plus_02_dot_27_bar__plus_02_dot_62_bar__minus_01_dot_10 LaptopType)
        (pickupable Laptop_bar__plus_02_dot_27_bar__plus_02_dot_62_bar__minus_01_dot_10)
        (inReceptacle Laptop_bar__plus_02_dot_27_bar__plus_02_dot_62_bar__minus_01_dot_10 SideTable_bar__plus_02_dot_85_bar__plus_00_dot_64_bar__minus_03_dot_31)
        (objectAtLocation Laptop_bar__plus_02_dot_27_bar__plus_02_dot_62_bar__minus_01_dot_10 loc_bar_7_bar__minus_2_bar_1_bar__minus_30)
        (objectType Newspaper_bar__plus_03_dot_03_bar__plus_02_dot_98_bar__minus_03_dot_26 NewspaperType)
        (pickupable Newspaper_bar__plus_03_dot_03_bar__plus_02_dot_98_bar__minus_03_dot_26)
        (inReceptacle Newspaper_bar__plus_03_dot_03_bar__plus_02_dot_98_bar__minus_03_dot_26 SideTable_bar__plus_02_dot_85_bar__plus_00_dot_64_bar__minus_03_dot_31)
        (objectAtLocation Newspaper_bar__plus_03_dot_03_bar__plus_02_dot_98_bar__minus_03_dot_26 loc_bar_7_bar__minus_2_bar_1_bar__minus_30)
        (objectType Book_bar__minus_02_dot_81_bar__plus_03_dot_16_bar__minus_03_dot_33 BookType)
        (pickupable Book_bar__minus_02_dot_81_bar__plus_03_dot_16_bar__minus_03_dot_33)
        (inReceptacle Book_bar__minus_02_dot_81_bar__plus_03_dot_16_bar__minus_03_dot_33 Shelf_bar__plus_02_dot_90_bar__plus_03_dot_50_bar__plus_01_dot_32)
        (objectAtLocation Book_bar__minus_02_dot_81_bar__plus_03_dot_16_bar__minus_03_dot_33 loc_bar_9_bar_4_bar_0_bar_30)
        (objectType KeyChain_bar__plus_02_dot_53_bar__plus_01_dot_19_bar__minus_02_dot_56 KeyChainType)
        (pickupable KeyChain_bar__plus_02_dot_53_bar__plus_01_dot_19_bar__minus_02_dot_56)
        (inReceptacle KeyChain_bar__plus_02_dot_53_bar__plus_01_dot_19_bar__minus_02_dot_56 CoffeeTable_bar__plus_02_dot_85_bar__plus_03_dot_02_bar__minus_00_dot_75)
        (objectAtLocation KeyChain_bar__plus_02_dot_53_bar__plus_01_dot_19_bar__minus_02_dot_56 loc_bar__minus_6_bar_9_bar_3_bar_45)
        (objectType RemoteControl_bar__plus_01_dot_67_bar__plus_00_dot_64_bar__minus_00_dot_40 RemoteControlType)
        (pickupable RemoteControl_bar__plus_01_dot_67_bar__plus_00_dot_64_bar__minus_00_dot_40)
        (inReceptacle RemoteControl_bar__plus_01_dot_67_bar__plus_00_dot_64_bar__minus_00_dot_40 SideTable_bar__plus_02_dot_85_bar__plus_00_dot_64_bar__minus_03_dot_31)
        (objectAtLocation RemoteControl_bar__plus_01_dot_67_bar__plus_00_dot_64_bar__minus_00_dot_40 loc_bar_7_bar__minus_2_bar_1_bar__minus_30)
        (objectType DeskLamp_bar__minus_00_dot_74_bar__plus_00_dot_47_bar__plus_00_dot_98 DeskLampType)
        (toggleable DeskLamp_bar__minus_00_dot_74_bar__plus_00_dot_47_bar__plus_00_dot_98)
        (inReceptacle DeskLamp_bar__minus_00_dot_74_bar__plus_00_dot_47_bar__plus_00_dot_98 SideTable_bar__minus_02_dot_73_bar__plus_00_dot_93_bar__minus_03_dot_42)
        (objectAtLocation DeskLamp_bar__minus_00_dot_74_bar__plus_00_dot_47_bar__plus_00_dot_98 loc_bar_1_bar__minus_7_bar_1_bar_0)
        (canContain CabinetType BookType)
        (canContain CabinetType NewspaperType)
        (canContain CoffeeTableType BookType)
        (canContain CoffeeTableType KeyChainType)
        (canContain CoffeeTableType LaptopType)
        (canContain CoffeeTableType NewspaperType)
        (canContain CoffeeTableType RemoteControlType)
        (canContain GarbageCanType NewspaperType)
        (canContain ShelfType BookType)
        (canContain ShelfType KeyChainType)
        (canContain ShelfType NewspaperType)
        (canContain ShelfType RemoteControlType)
        (canContain SideTableType BookType)
        (canContain SideTableType KeyChainType)
        (canContain SideTableType LaptopType)
        (canContain SideTableType NewspaperType)
        (canContain SideTableType RemoteControlType)
        (canContain SofaType BookType)
        (canContain SofaType KeyChainType)
        (canContain SofaType LaptopType)
        (canContain SofaType NewspaperType)
        (canContain SofaType RemoteControlType)
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
                         (objectType ?o LaptopType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
